#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/report.h"
#include "template/identities.h"
#include "validate/cell_lookup.h"

namespace ogi {

// One addend of an identity: a cell key and the label printed for it in messages.
struct Term {
  std::string key;
  std::string label;
};

// One instance of a template identity (template.md §6), e.g. T3-1 for the 商业企业 column.
// `left` holds the parts and `right` the printed totals, so a failure reports
// expected = Σ left and actual = Σ right.
struct Identity {
  std::string rule;
  Severity severity = Severity::kError;
  std::string scope;  // where it applies, e.g. "表三 商业企业列"
  std::vector<Term> left;
  std::vector<Term> right;
  Relation relation = Relation::kEqual;
  std::string left_name;  // said instead of listing left when it has many terms
  // Implied checks (T3-8) stay silent when blank cells leave them open; the identity that
  // implies them already says so.
  bool report_uncertain = true;
  // 表二 prints "/" for rows an agency has nothing to report in (规章 without 规章制定权):
  // such NA cells then count as blank like EMPTY, not as an open question.
  bool na_means_absent = false;
};

Identity make_identity(std::string rule, Severity severity, std::string scope,
                       std::vector<Term> left, std::vector<Term> right,
                       Relation relation = Relation::kEqual);

// Checks one identity with the template.md §5.1 semantics:
// * every cell EMPTY or ZERO (or NA with na_means_absent) → holds trivially, no finding;
// * any cell EMPTY / NA / TEXT otherwise → an UNCERTAIN warning naming the blank cells;
// * all cells numbers → a finding with the identity's severity when it does not hold.
std::optional<Finding> check_identity(const Identity& identity, const CellLookup& cells);

// Terms of one column over several rows, labelled by row (column identities such as T3-1).
std::vector<Term> column_terms(const std::string& table, const std::vector<std::string>& rows,
                               const std::string& col);
// Terms of one row over several columns, labelled by column (row identities such as T3-3).
std::vector<Term> row_terms(const std::string& table, const std::string& row,
                            const std::vector<std::string>& cols);

}  // namespace ogi

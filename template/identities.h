#pragma once

#include <string>
#include <vector>

#include "model/report.h"

namespace ogi {

// The arithmetic the national template implies (template.md §6), as data. validate/ evaluates
// every entry with one generic evaluator, so a template version adds or changes rules here only.

// The cells one side of an identity names, for one line it is repeated over (a column when the
// terms are rows, a row when the terms are columns). The sets are read off the report's template.
enum class TermSet {
  kListed,       // `keys`
  kOutcomeRows,  // 表三 outcome rows (T3-2), adjusted to how （六）其他处理 was printed
  kApplicantColumns,  // 表三 columns without 总计
  kOrgColumns,        // 表三 法人或其他组织 columns
  kGroupLeaves,       // the leaf rows of the group being repeated over
  kGroupSubtotal,     // that group's subtotal row
};

struct TermSpec {
  TermSet set = TermSet::kListed;
  std::vector<std::string> keys;
  // Listed keys left out when the cell holds no number (T3-8 checks 部分公开 ≤ 总计 alone when
  // 予以公开 was not read).
  std::vector<std::string> optional = {};
};

enum class Relation { kEqual, kAtMost };  // Σ left = Σ right | Σ left ≤ Σ right

// What an identity is repeated over.
enum class Repeat {
  kColumns,          // each official column; terms are rows
  kRows,             // `lines`, else each official row and each extra row printing the total
  kGroupsByColumns,  // each group × each official and extra column; terms are rows
};

enum class RuleKind {
  kIdentity,    // Σ left (=|≤) Σ right
  kCountCells,  // every cell of the table a non-negative integer (amounts: a non-negative number)
};

struct TemplateRule {
  std::string rule;  // "T3-1"
  RuleKind kind = RuleKind::kIdentity;
  Severity severity = Severity::kError;
  std::string table;                   // "t2" | "t3" | "t4"
  std::vector<std::string> templates;  // the templates it applies to; empty: every one
  Repeat repeat = Repeat::kColumns;
  std::vector<std::string> lines;  // kRows: the rows it applies to; empty: every official row
  TermSpec left;                   // the parts: a failure reports expected = Σ left
  TermSpec right;                  // the printed totals: actual = Σ right
  Relation relation = Relation::kEqual;
  // Said in messages; {table} is 表三, {line} the label of the row or column repeated over.
  std::string scope;
  std::string left_name;  // said instead of listing the left side when it has many terms
  // Skip a line whose right-hand cells the report does not print (subtotals only some print).
  bool only_where_printed = false;
  // Implied checks (T3-8) stay silent when blank cells leave them open; the identity that
  // implies them already says so.
  bool report_uncertain = true;
  // 表二 prints "/" for rows an agency has nothing to report in (规章 without 规章制定权):
  // such NA cells then count as blank like EMPTY, not as an open question.
  bool na_means_absent = false;
  std::vector<std::string> decimal_keys;  // kCountCells: cells that hold amounts, not counts
};

// Every rule of one table, in the order findings are reported.
std::vector<const TemplateRule*> table_rules(const std::string& table);

// Cross-report identities (template.md §6): a cell of one year's report against cells of the same
// agency's report for the year before. validate/corpus evaluates every entry generically.
struct CrossYearTerm {
  std::string row;  // empty: the row repeated over
  std::string col;  // empty: the column repeated over
  bool previous_year = false;
  bool subtract = false;
  std::string name;  // said in messages: "结转下年度"
};

struct CrossYearRule {
  std::string rule;  // "T3-6"
  std::string table;
  Repeat repeat = Repeat::kColumns;  // kColumns: the current template's columns; kRows: `lines`
  std::vector<std::string> lines;
  CrossYearTerm actual;                 // this year's printed cell
  std::vector<CrossYearTerm> expected;  // Σ of these (± each) is what it should read
  std::string scope;                    // as TemplateRule::scope
};

// In the order findings are reported.
const std::vector<CrossYearRule>& cross_year_rules();

}  // namespace ogi

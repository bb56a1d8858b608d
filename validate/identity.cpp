#include "validate/identity.h"

#include <cmath>

#include "model/cell_key.h"
#include "template/display_labels.h"

namespace ogi {

namespace {

// Sides longer than this are summarized ("办理结果各项合计 9（其中 …）") to keep messages readable.
constexpr size_t kMaxListedTerms = 6;
constexpr size_t kMaxNamedBlanks = 4;
constexpr double kTolerance = 1e-6;

std::string join(const std::vector<std::string>& parts, const std::string& separator) {
  std::string text;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) text += separator;
    text += parts[i];
  }
  return text;
}

bool summarized(const std::vector<Term>& terms, const std::string& name) {
  return !name.empty() && terms.size() > kMaxListedTerms;
}

std::string side_formula(const std::vector<Term>& terms, const std::string& name) {
  if (summarized(terms, name)) return name + "之和";
  std::vector<std::string> labels;
  for (const Term& term : terms) labels.push_back(term.label);
  return join(labels, " + ");
}

double side_sum(const std::vector<Term>& terms, const CellLookup& cells) {
  double sum = 0;
  for (const Term& term : terms) sum += cells.number(term.key).value_or(0);
  return sum;
}

std::string side_values(const std::vector<Term>& terms, const std::string& name,
                        const CellLookup& cells) {
  if (!summarized(terms, name)) {
    std::vector<std::string> parts;
    for (const Term& term : terms) {
      parts.push_back(term.label + " " + format_number(*cells.number(term.key)));
    }
    return join(parts, " + ");
  }
  std::vector<std::string> nonzero;
  for (const Term& term : terms) {
    double value = *cells.number(term.key);
    if (value != 0) nonzero.push_back(term.label + " " + format_number(value));
  }
  std::string text = name + "合计 " + format_number(side_sum(terms, cells));
  if (!nonzero.empty()) text += "（其中 " + join(nonzero, "、") + "，其余为0）";
  return text;
}

std::string blank_phrase(const std::string& key, const CellLookup& cells) {
  const CanonicalCell* cell = cells.find(key);
  std::string label = "‘" + cell_label(key) + "’";
  if (!cell || cell->value.semantic == Semantic::kEmpty) return label + "为空";
  if (cell->value.semantic == Semantic::kNa) return label + "为“" + cell->value.raw + "”（不适用）";
  return label + "为文字“" + cell->value.raw + "”";
}

std::vector<std::string> all_keys(const Identity& identity) {
  std::vector<std::string> keys;
  for (const Term& term : identity.left) keys.push_back(term.key);
  for (const Term& term : identity.right) keys.push_back(term.key);
  return keys;
}

Finding uncertain_finding(const Identity& identity, const std::vector<std::string>& blanks,
                          const CellLookup& cells) {
  std::vector<std::string> phrases;
  for (size_t i = 0; i < blanks.size() && i < kMaxNamedBlanks; ++i) {
    phrases.push_back(blank_phrase(blanks[i], cells));
  }
  std::string message = identity.scope + "（" + side_formula(identity.left, identity.left_name) +
                        (identity.relation == Relation::kEqual ? " = " : " ≤ ") +
                        side_formula(identity.right, "") + "）无法核验：" + join(phrases, "、");
  if (blanks.size() > kMaxNamedBlanks) {
    message += "等" + std::to_string(blanks.size()) + "格";
  }
  Finding finding;
  finding.rule = identity.rule;
  finding.severity = Severity::kWarning;
  finding.cells = blanks;
  finding.message = message;
  return finding;
}

Finding failed_finding(const Identity& identity, const CellLookup& cells) {
  double expected = side_sum(identity.left, cells);
  double actual = side_sum(identity.right, cells);
  Finding finding;
  finding.rule = identity.rule;
  finding.severity = identity.severity;
  finding.cells = all_keys(identity);
  finding.message = identity.scope + "：" + side_values(identity.left, identity.left_name, cells) +
                    (identity.relation == Relation::kEqual ? " ≠ " : " > ") +
                    side_values(identity.right, "", cells);
  finding.expected = expected;
  finding.actual = actual;
  return finding;
}

bool holds(const Identity& identity, const CellLookup& cells) {
  double left = side_sum(identity.left, cells);
  double right = side_sum(identity.right, cells);
  if (identity.relation == Relation::kAtMost) return left <= right + kTolerance;
  return std::fabs(left - right) <= kTolerance;
}

}  // namespace

std::optional<Finding> check_identity(const Identity& identity, const CellLookup& cells) {
  std::vector<std::string> blanks;
  bool all_empty_or_zero = true;
  for (const std::string& key : all_keys(identity)) {
    Semantic semantic = cells.semantic(key);
    bool absent = semantic == Semantic::kEmpty || semantic == Semantic::kZero ||
                  (identity.na_means_absent && semantic == Semantic::kNa);
    if (!absent) all_empty_or_zero = false;
    if (!cells.number(key)) blanks.push_back(key);
  }
  if (all_empty_or_zero) return std::nullopt;
  if (!blanks.empty()) {
    if (!identity.report_uncertain) return std::nullopt;
    return uncertain_finding(identity, blanks, cells);
  }
  if (holds(identity, cells)) return std::nullopt;
  return failed_finding(identity, cells);
}

Identity make_identity(std::string rule, Severity severity, std::string scope,
                       std::vector<Term> left, std::vector<Term> right, Relation relation) {
  Identity identity;
  identity.rule = std::move(rule);
  identity.severity = severity;
  identity.scope = std::move(scope);
  identity.left = std::move(left);
  identity.right = std::move(right);
  identity.relation = relation;
  return identity;
}

std::vector<Term> column_terms(const std::string& table, const std::vector<std::string>& rows,
                               const std::string& col) {
  std::vector<Term> terms;
  for (const std::string& row : rows) {
    terms.push_back({cell_key_text(table, row, col), row_label(table, row)});
  }
  return terms;
}

std::vector<Term> row_terms(const std::string& table, const std::string& row,
                            const std::vector<std::string>& cols) {
  std::vector<Term> terms;
  for (const std::string& col : cols) {
    terms.push_back({cell_key_text(table, row, col), col_label(table, col)});
  }
  return terms;
}

}  // namespace ogi

#include <cmath>

#include "template/display_labels.h"
#include "validate/rules.h"

namespace ogi {

std::optional<Finding> check_count_cell(const CanonicalCell& cell, const std::string& rule,
                                        bool allow_decimal) {
  if (cell.value.semantic != Semantic::kNumeric || !cell.value.value) return std::nullopt;
  double value = *cell.value.value;
  bool negative = value < 0;
  bool fractional = cell.value.is_decimal || std::fabs(value - std::round(value)) > 1e-9;
  if (!negative && (allow_decimal || !fractional)) return std::nullopt;
  std::string expectation = allow_decimal ? "应为非负数" : "应为非负整数";
  Finding finding;
  finding.rule = rule;
  finding.severity = Severity::kError;
  finding.cells = {cell.key()};
  std::string printed = cell.value.raw.empty() ? format_number(value) : cell.value.raw;
  finding.message = table_label(cell.table) + " ‘" + cell_label(cell.key()) + "’为“" + printed +
                    "”，" + expectation;
  finding.actual = value;
  return finding;
}

}  // namespace ogi

#include "validate/labels.h"
#include "validate/rules.h"
#include "validate/template_keys.h"

namespace ogi {

std::optional<Finding> check_completeness(const std::string& table, const CellLookup& cells,
                                          const std::string& template_name) {
  for (const std::string& key : canonical_keys(table, template_name)) {
    if (cells.semantic(key) != Semantic::kEmpty) return std::nullopt;
  }
  Finding finding;
  finding.rule = "C-1";
  finding.severity = Severity::kWarning;
  finding.message = table_label(table) + "全部为空（未填报或未能读取），该表的勾稽关系无法核验";
  return finding;
}

}  // namespace ogi

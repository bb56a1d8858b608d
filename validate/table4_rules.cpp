#include "validate/identity.h"
#include "template/display_labels.h"
#include "validate/rules.h"
#include "template/template_keys.h"

namespace ogi {

void check_table4(const CellLookup& cells, std::vector<Finding>& out) {
  // T4-1: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结, per group.
  for (const std::string& group : t4_groups()) {
    Identity identity =
        make_identity("T4-1", Severity::kError, "表四 " + row_label("t4", group),
                      row_terms("t4", group, {"upheld", "corrected", "other", "pending"}),
                      row_terms("t4", group, {"total"}));
    if (std::optional<Finding> finding = check_identity(identity, cells)) {
      out.push_back(std::move(*finding));
    }
  }
  // T4-2: every cell a non-negative integer.
  for (const CanonicalCell* cell : cells.table_cells("t4")) {
    if (std::optional<Finding> finding = check_count_cell(*cell, "T4-2", false)) {
      out.push_back(std::move(*finding));
    }
  }
}

}  // namespace ogi

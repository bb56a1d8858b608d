#include "validate/validator.h"

#include "validate/cell_lookup.h"
#include "validate/rules.h"

namespace ogi {

std::vector<Finding> validate_report(const Report& report) {
  std::vector<Finding> findings;
  CellLookup cells(report);
  std::string template_name = template_of(report, cells);
  auto complete = [&](const std::string& table) {
    std::optional<Finding> missing = check_completeness(table, cells, template_name);
    if (missing) findings.push_back(std::move(*missing));
    std::optional<Finding> partial = check_missing_cells(table, cells, template_name);
    if (partial) findings.push_back(std::move(*partial));
    return !missing;
  };
  // A file that could not be read has no cells and says why in Report::errors.
  if (report.cells.empty() && !report.errors.empty()) return findings;
  if (complete("t2")) check_table2(report, cells, template_name, findings);
  if (complete("t3")) check_table3(cells, template_name, findings);
  if (complete("t4")) check_table4(cells, findings);
  check_narrative(report, cells, findings);
  return findings;
}

}  // namespace ogi

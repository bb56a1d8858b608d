#include "validate/validator.h"

#include "template/template_keys.h"
#include "validate/cell_lookup.h"
#include "validate/identity_rules.h"
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
  const TemplateSchema& schema = template_or_current(template_name);
  for (const std::string table : {"t2", "t3", "t4"}) {
    if (!complete(table)) continue;
    check_template_rules(table, cells, schema, findings);
    if (table == "t2") check_fee_unit(report, cells, template_name, findings);
  }
  check_narrative(report, cells, findings);
  if (std::optional<Finding> unsure = check_unsure_blanks(report)) findings.push_back(*unsure);
  return findings;
}

}  // namespace ogi

#include "pipeline/ocr_reread.h"

#include <exception>

#include "extractors/ocr_module/ocr_module.h"
#include "normalize/cell_value_parser.h"
#include "validate/reading_choice.h"

namespace ogi {
namespace {

std::vector<RereadRequest> requests_for(const Report& report,
                                        const std::vector<std::string>& keys) {
  std::vector<RereadRequest> requests;
  for (const std::string& key : keys) {
    const CanonicalCell* cell = report.find_cell(key);
    if (!cell || !cell->page || !cell->box) continue;
    requests.push_back({key, *cell->page - 1, *cell->box});
  }
  return requests;
}

std::vector<CellOptions> options_from(const std::vector<CellRereading>& rereadings) {
  std::vector<CellOptions> cells;
  for (const CellRereading& rereading : rereadings) {
    CellOptions cell{rereading.key, {}};
    for (const RereadNumber& number : rereading.numbers) {
      cell.options.push_back({parse_cell_value(number.text), number.votes});
    }
    cells.push_back(std::move(cell));
  }
  return cells;
}

}  // namespace

std::vector<Finding> reread_doubted_cells(const std::string& path, Report& report,
                                          const std::vector<Finding>& findings) {
  const std::vector<RereadRequest> requests =
      requests_for(report, doubted_ocr_cells(report, findings));
  if (requests.empty()) return {};
  std::vector<CellRereading> rereadings;
  try {
    rereadings =
        ocr_module().reread_cells(path, report.source.format, report.source.split_sheets, requests);
  } catch (const std::exception&) {
    return {};  // the first reading stands, with the findings that doubt it
  }
  return choose_readings(report, options_from(rereadings));
}

}  // namespace ogi

#include "pipeline/ocr_reread.h"

#include <algorithm>
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

std::vector<CellOptions> only(std::vector<CellOptions> cells,
                              const std::vector<std::string>& keys) {
  std::erase_if(cells, [&](const CellOptions& cell) {
    return std::find(keys.begin(), keys.end(), cell.key) == keys.end();
  });
  return cells;
}

}  // namespace

std::vector<Finding> reread_doubted_cells(const std::string& path, Report& report,
                                          const std::vector<Finding>& findings) {
  // One look at the page images for both kinds of doubt: text where a number belongs, and
  // unsure numbers the identities name.
  std::vector<std::string> keys = text_ocr_cells(report);
  for (const std::string& key : doubted_ocr_cells(report, findings)) {
    if (std::find(keys.begin(), keys.end(), key) == keys.end()) keys.push_back(key);
  }
  // Only a PDF's or an image file's pages can be drawn again from the file; pictures a web page
  // or a DOCX shows keep their first reading, with the findings that doubt it.
  if (report.source.format != "pdf" && report.source.format != "image") return {};
  const std::vector<RereadRequest> requests = requests_for(report, keys);
  if (requests.empty()) return {};
  std::vector<CellRereading> rereadings;
  try {
    rereadings =
        ocr_module().reread_cells(path, report.source.format, report.source.split_sheets, requests);
  } catch (const std::exception&) {
    return {};  // the first reading stands, with the findings that doubt it
  }
  const std::vector<CellOptions> options = options_from(rereadings);
  // The identities choose first, among all readings of the cells they doubt; a text cell they
  // could not settle (several misread in one column) then takes the number its re-readings agree
  // on.
  std::vector<Finding> changes =
      choose_readings(report, only(options, doubted_ocr_cells(report, findings)));
  for (Finding& finding : take_agreed_numbers(report, options)) {
    changes.push_back(std::move(finding));
  }
  return changes;
}

}  // namespace ogi

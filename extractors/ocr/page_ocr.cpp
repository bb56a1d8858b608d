#include "extractors/ocr/page_ocr.h"

#include "extractors/ocr/cell_reader.h"
#include "extractors/ocr/page_orientation.h"
#include "extractors/ocr/page_text.h"
#include "extractors/ocr/table_cells.h"

namespace ogi {
namespace {

class PageMapper {
 public:
  explicit PageMapper(const PreparedPage& page) : scale_(page.points_per_pixel()) {}
  double scale() const { return scale_; }
  Box box(const PixelBox& pixels) const {
    return {pixels.x0 * scale_, pixels.y0 * scale_, pixels.x1 * scale_, pixels.y1 * scale_};
  }

 private:
  double scale_;
};

void add_cell_runs(const CellReading& reading, const PageMapper& map, int page_index,
                   std::vector<TextRun>& runs) {
  if (reading.text.empty()) return;
  if (reading.value || reading.words.empty()) {
    TextRun run;
    run.text = reading.text;
    run.box = map.box(reading.ink);
    run.page = page_index;
    run.confidence = reading.confidence;
    runs.push_back(std::move(run));
    return;
  }
  for (TextRun& run : line_runs(reading.words, map.scale(), page_index)) {
    run.confidence = std::min(run.confidence, reading.confidence);
    runs.push_back(std::move(run));
  }
}

}  // namespace

Page read_prepared_page(OcrEngines& engines, const PreparedPage& page, int page_index) {
  Page out;
  out.number = page_index + 1;
  out.width = page.width;
  out.height = page.height;
  out.from_ocr = true;
  out.rulings = rule_segments(page.rules, page.points_per_pixel(), page_index);
  const ErasedPage erased = erase_rules(page);
  const CellImages images{erased.gray.get(), erased.ink.get(), page.dpi};
  const PageMapper map(page);
  const std::vector<TableArea> tables = find_table_areas(page.rules, page.dpi);
  for (const TableArea& table : tables) {
    for (const PixelBox& cell : table.cells) {
      add_cell_runs(read_cell(engines, images, cell), map, page_index, out.runs);
    }
  }
  for (TextRun& run : read_page_text(engines.chinese, erased.gray.get(), erased.ink.get(), tables,
                                     page, page_index)) {
    out.runs.push_back(std::move(run));
  }
  for (size_t i = 0; i < out.runs.size(); ++i) out.runs[i].reading_order = static_cast<int>(i);
  return out;
}

PreparedPage prepare_upright(OcrEngines& engines, const RasterPage& raster) {
  PreparedPage page = prepare_page(raster, 0);
  if (!looks_sideways(page)) return page;
  return prepare_page(raster, upright_turns(engines.chinese, raster));
}

Page ocr_page(OcrEngines& engines, const RasterPage& raster, int page_index) {
  return read_prepared_page(engines, prepare_upright(engines, raster), page_index);
}

}  // namespace ogi

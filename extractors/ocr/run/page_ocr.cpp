#include "extractors/ocr/run/page_ocr.h"

#include "extractors/ocr/image/closing_row_areas.h"
#include "extractors/ocr/image/print_ink.h"
#include "extractors/ocr/recognize/page_orientation.h"
#include "extractors/ocr/recognize/page_text.h"

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

// The page prepared upright, its rules erased. A page whose lines run down is turned a quarter
// turn, the way reading says; one whose lines run across is turned half a turn when it reads
// upside down (fed into the scanner head first, among upright pages).
void prepare_upright(OcrEngines& engines, const RasterPage& raster, PageForReading& out) {
  out.page = prepare_page(raster, 0);
  if (looks_sideways(out.page)) {
    out.page = prepare_page(raster, upright_turns(engines.chinese, raster));
  }
  out.erased = erase_rules(out.page);
  if (out.page.quarter_turns == 0 && reads_upside_down(engines.chinese, out.erased, out.page.dpi)) {
    out.page = prepare_page(raster, 2);
    out.erased = erase_rules(out.page);
  }
}

}  // namespace

std::vector<PixelBox> PageForReading::cells() const {
  std::vector<PixelBox> out;
  for (const TableCellAreas& table : tables)
    out.insert(out.end(), table.cells.begin(), table.cells.end());
  return out;
}

PageForReading prepare_for_reading(OcrEngines& engines, const RasterPage& raster) {
  PageForReading out;
  prepare_upright(engines, raster, out);
  out.tables = find_table_cell_areas(out.page.rules, out.page.dpi);
  add_closing_row_areas(out.erased.ink.get(), out.tables, out.page.dpi);
  out.print_on_white = print_on_white(out.erased, out.page.dpi);
  for (TableCellAreas& table : out.tables) {
    std::vector<PixelBox> pieces;
    PIX* ink = out.erased.ink.get();
    for (const PixelBox& cell : table.cells) {
      for (const PixelBox& row : ink_pieces_down(ink, cell, out.page.dpi)) {
        for (const PixelBox& piece : ink_pieces_across(ink, row, out.page.dpi))
          pieces.push_back(piece);
      }
    }
    table.cells = std::move(pieces);
  }
  return out;
}

std::vector<TextRun> read_outside_tables(OcrEngines& engines, const PageForReading& page,
                                         int page_index) {
  return read_page_text(engines.chinese, page.erased.gray.get(), page.erased.ink.get(), page.tables,
                        page.page, page_index);
}

Page assemble_page(const PageForReading& page, int page_index,
                   const std::vector<CellReading>& cells, std::vector<TextRun> text) {
  Page out;
  out.number = page_index + 1;
  out.width = page.page.width;
  out.height = page.page.height;
  out.from_ocr = true;
  out.turned = 90 * page.page.quarter_turns;
  out.rulings = rule_segments(page.page.rules, page.page.points_per_pixel(), page_index);
  const PageMapper map(page.page);
  for (const CellReading& reading : cells) {
    add_cell_runs(reading, map, page_index, out.runs);
    if (reading.text.empty())
      out.blank_reads.push_back({map.box(reading.area), reading.confidence});
  }
  for (TextRun& run : text) out.runs.push_back(std::move(run));
  for (size_t i = 0; i < out.runs.size(); ++i) out.runs[i].reading_order = static_cast<int>(i);
  return out;
}

}  // namespace ogi

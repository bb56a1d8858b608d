#include "extractors/ocr/image/closing_row_areas.h"

#include <algorithm>
#include <optional>

#include "extractors/ocr/image/ink_lines.h"
#include "extractors/ocr/image/print_ink.h"

namespace ogi {
namespace {

// A row continues the table when the paper between it and the table is at most this many of its
// heights: a row's own margins. Text further down is the page's.
constexpr double kMaxGapLines = 1.5;
// A label and two values at least.
constexpr size_t kMinCellsUsed = 3;
// A piece may reach this far (inches) past its cell's sides: the rule between two cells.
constexpr double kSideSlack = 0.02;
// A table row is at most this tall (inches); a taller band beneath a table is not one row.
constexpr double kMaxRowHeight = 0.6;

// Marks smaller than this either way (inches) are specks; they, like what is left of a rule
// (rule_remnant), would join the lines under a table into one band.
constexpr double kMinMark = 0.02;

// The marks of `region` that are print: no specks, no rule remnants; page-sized, blank elsewhere.
PixPtr print_only(PIX* ink, const PixelBox& region, double dpi) {
  PixPtr kept(pixCreateTemplate(ink));
  const LeptBoxPtr area = lept_box(region);
  const PixPtr clip(pixClipRectangle(ink, area.get(), nullptr));
  if (!clip) return kept;
  PIXA* pixa = nullptr;
  const BoxaPtr boxes(pixConnComp(clip.get(), &pixa, 8));
  const PixaPtr owned(pixa);
  const int min_mark = to_pixels(kMinMark, dpi);
  for (int i = 0; i < (pixa ? pixaGetCount(pixa) : 0); ++i) {
    int x = 0, y = 0, w = 0, h = 0;
    pixaGetBoxGeometry(pixa, i, &x, &y, &w, &h);
    const bool speck = w < min_mark && h < min_mark;
    if (speck || rule_remnant({x, y, x + w, y + h}, dpi)) continue;
    const PixPtr mark(pixaGetPix(pixa, i, L_CLONE));
    pixRasterop(kept.get(), region.x0 + x, region.y0 + y, w, h, PIX_PAINT, mark.get(), 0, 0);
  }
  return kept;
}

// The table's last row of cells, left to right: the cells reaching down to its bottom.
std::vector<PixelBox> bottom_row(const TableCellAreas& table, int slack) {
  int bottom = 0;
  for (const PixelBox& cell : table.cells) bottom = std::max(bottom, cell.y1);
  std::vector<PixelBox> row;
  for (const PixelBox& cell : table.cells) {
    if (cell.y1 >= bottom - slack) row.push_back(cell);
  }
  std::sort(row.begin(), row.end(),
            [](const PixelBox& a, const PixelBox& b) { return a.x0 < b.x0; });
  return row;
}

// Where a row beneath the table would print: the paper under it, within its width.
PixelBox area_beneath(PIX* ink, const TableCellAreas& table, double dpi) {
  const int height = static_cast<int>(pixGetHeight(ink));
  const int reach = to_pixels(kMaxRowHeight * (1 + kMaxGapLines), dpi);
  return {table.bounds.x0, table.bounds.y1, table.bounds.x1,
          std::min(height, table.bounds.y1 + reach)};
}

// The first line of `print` in `below`, if it is near enough the table to be one of its rows.
std::optional<PixelBox> line_beneath(PIX* print, const PixelBox& below, double dpi) {
  const int table_bottom = below.y0;
  for (const PixelBox& band : ink_lines(print, below)) {
    const PixelBox printed = ink_box(print, band, dpi);
    if (printed.empty()) continue;
    const int gap = printed.y0 - table_bottom;
    if (gap > kMaxGapLines * printed.height() || printed.height() > to_pixels(kMaxRowHeight, dpi)) {
      return std::nullopt;
    }
    return printed;
  }
  return std::nullopt;
}

// The row of cells `line` prints under `row`, or nothing when a piece of it crosses from one
// cell into the next or it uses fewer than kMinCellsUsed cells.
std::vector<PixelBox> cells_of_line(PIX* ink, const PixelBox& line,
                                    const std::vector<PixelBox>& row, double dpi) {
  const int slack = to_pixels(kSideSlack, dpi);
  std::vector<bool> used(row.size(), false);
  for (const PixelBox& cut : ink_pieces_across(ink, line, dpi)) {
    const PixelBox piece = ink_box(ink, cut, dpi);
    if (piece.empty()) continue;
    const auto home = std::find_if(row.begin(), row.end(), [&](const PixelBox& cell) {
      return piece.x0 >= cell.x0 - slack && piece.x1 <= cell.x1 + slack;
    });
    if (home == row.end()) return {};
    used[home - row.begin()] = true;
  }
  if (static_cast<size_t>(std::count(used.begin(), used.end(), true)) < kMinCellsUsed) return {};
  std::vector<PixelBox> cells;
  for (const PixelBox& cell : row) cells.push_back({cell.x0, line.y0, cell.x1, line.y1});
  return cells;
}

}  // namespace

void add_closing_row_areas(PIX* ink, std::vector<TableCellAreas>& tables, double dpi) {
  for (TableCellAreas& table : tables) {
    const int slack = to_pixels(kSideSlack, dpi);
    for (;;) {
      const PixelBox below = area_beneath(ink, table, dpi);
      if (below.empty()) break;
      const PixPtr print = print_only(ink, below, dpi);
      const std::optional<PixelBox> line = line_beneath(print.get(), below, dpi);
      if (!line) break;
      const std::vector<PixelBox> row = bottom_row(table, slack);
      const std::vector<PixelBox> cells = cells_of_line(print.get(), *line, row, dpi);
      if (cells.empty()) break;
      table.cells.insert(table.cells.end(), cells.begin(), cells.end());
      table.bounds.y1 = line->y1;
    }
  }
}

}  // namespace ogi

#include "layout/structure/paged/page_tables.h"

#include <algorithm>

#include "layout/structure/paged/closing_rows.h"
#include "layout/structure/paged/row_walls.h"
#include "layout/structure/paged/table_regions.h"
#include "layout/structure/paged/text_walls.h"
#include "normalize/text_normalize.h"

namespace ogi {
namespace {

// The confidence of a blank cell of a scanned page that no OCR cell read covered.
constexpr double kUnreadBlank = 0.5;

// A ruled region of one column is a frame around text, not a table. One row of several cells is
// kept: it is often the last row of a table that ran over a page break.
bool is_table_grid(const RuledGrid& grid) { return grid.row_count() >= 1 && grid.col_count() >= 2; }

// A blank read from an image is only as sure as the OCR's blank reads inside the cell (the least
// sure of them); with none, the cell was never read as blank (its print went to a neighbour, or
// no cell area covered it) and the blank is unsure.
double blank_confidence(const RuledGrid& grid, size_t index, const std::vector<BlankRead>& reads) {
  double confidence = -1;
  for (const BlankRead& read : reads) {
    if (grid.cell_at(read.box.center_x(), read.box.center_y()) != static_cast<int>(index)) continue;
    confidence = confidence < 0 ? read.confidence : std::min(confidence, read.confidence);
  }
  return confidence < 0 ? kUnreadBlank : confidence;
}

}  // namespace

Table table_from_grid(const RuledGrid& grid, const std::vector<Glyph>& glyphs, const Page& page,
                      int page_index) {
  const bool scanned = page.from_ocr;
  const std::vector<BlankRead>& blank_reads = page.blank_reads;
  std::vector<std::vector<Glyph>> cell_glyphs(grid.cells().size());
  for (const Glyph& glyph : glyphs) {
    const int cell = grid.cell_at(glyph.box.center_x(), glyph.box.center_y());
    if (cell >= 0) cell_glyphs[cell].push_back(glyph);
  }
  Table table;
  table.row_count = grid.row_count();
  table.col_count = grid.col_count();
  table.page = page_index;
  table.last_page = page_index;
  for (size_t index = 0; index < grid.cells().size(); ++index) {
    const RuledGridCell& source = grid.cells()[index];
    TableCell cell;
    cell.row = source.row;
    cell.col = source.col;
    cell.row_span = source.row_span;
    cell.col_span = source.col_span;
    cell.box = source.box;
    cell.page = page_index;
    const std::vector<GlyphLine> lines = group_lines(std::move(cell_glyphs[index]));
    cell.text = normalize_text(lines_text(lines), /*keep_newlines=*/false);
    for (const GlyphLine& line : lines)
      cell.confidence = std::min(cell.confidence, line.confidence);
    if (lines.empty() && scanned) cell.confidence = blank_confidence(grid, index, blank_reads);
    table.cells.push_back(std::move(cell));
  }
  return table;
}

std::vector<PlacedTable> ruled_page_tables(const Page& page, int page_index,
                                           std::vector<Glyph>& glyphs) {
  std::vector<PlacedTable> tables;
  std::vector<RuleSet> regions;
  for (RuleSet& region : table_regions(merge_rulings(page.rulings))) {
    add_lost_closing_rows(region, glyphs);
    if (!lacks_column_rules(region)) {
      // Rows first: the column walls are then drawn band by band over the rows put back.
      add_missing_row_walls(region, glyphs);
      add_missing_column_walls(region, glyphs);
      regions.push_back(std::move(region));
      continue;
    }
    for (RuleSet& piece : split_at_headings(region, glyphs)) {
      if (add_text_walls(piece, glyphs)) regions.push_back(std::move(piece));
    }
  }
  for (const RuleSet& region : regions) {
    const RuledGrid grid = build_ruled_grid(region);
    if (!is_table_grid(grid)) continue;
    const Box bounds = grid.bounds();
    std::vector<Glyph> inside;
    std::vector<Glyph> outside;
    for (const Glyph& glyph : glyphs) {
      const bool in = glyph.box.center_x() >= bounds.x0 && glyph.box.center_x() <= bounds.x1 &&
                      glyph.box.center_y() >= bounds.y0 && glyph.box.center_y() <= bounds.y1;
      (in ? inside : outside).push_back(glyph);
    }
    glyphs = std::move(outside);
    Table table = table_from_grid(grid, inside, page, page_index);
    tables.push_back({std::move(table), grid.xs(), bounds});
  }
  std::sort(tables.begin(), tables.end(),
            [](const PlacedTable& a, const PlacedTable& b) { return a.bounds.y0 < b.bounds.y0; });
  return tables;
}

}  // namespace ogi

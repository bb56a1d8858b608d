#pragma once

#include <vector>

#include "layout/structure/paged/glyph_lines.h"
#include "layout/structure/paged/ruled_grid.h"
#include "layout/structure/paged/table_stitch.h"
#include "model/document.h"

namespace ogi {

// Ruled tables of a page from its rulings (on a scanned page too: the OCR's TableCellAreas only
// say where it read, see extractors/ocr/image/table_cells.h), each glyph inside one assigned to the
// cell containing its centre. Glyphs that fell into a table are removed from `glyphs`; the rest
// stay for paragraphs. Tables come out top to bottom.
std::vector<PlacedTable> ruled_page_tables(const Page& page, int page_index,
                                           std::vector<Glyph>& glyphs);

// The table a grid and its glyphs make: one cell per grid cell, text lines top to bottom. On a
// scanned page a cell without text is as sure as the page's blank reads inside it.
Table table_from_grid(const RuledGrid& grid, const std::vector<Glyph>& glyphs, const Page& page,
                      int page_index);

}  // namespace ogi

#pragma once

#include <vector>

#include "layout/structure/paged/glyph_lines.h"

namespace ogi {

// The text lines of one page outside its tables, top to bottom.
struct PageLines {
  std::vector<GlyphLine> lines;
  double height = 0;
};

// Removes running headers and footers: lines at the top or bottom edge of a page that print a page
// number ("- 4 -", "第4页 共5页", "4/5"), a browser's print stamp (date and time, file:// or http
// address), or the same text (digits aside) at the same place on several pages. They would
// otherwise be read as the report's title or split a paragraph at every page break. A line with
// lines close above and below it belongs to the text around it (a table value printed alone between
// the lines of its row's label) and is never furniture.
void drop_page_furniture(std::vector<PageLines>& pages);

}  // namespace ogi

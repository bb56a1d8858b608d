#pragma once

#include <vector>

#include "layout/structure/paged/glyph_lines.h"
#include "layout/structure/paged/rule_lines.h"

namespace ogi {

// The row counterpart of add_missing_column_walls (text_walls.h), for a ruled table whose row
// rules were partly lost (a scan thresholded a thin rule away, leaving it only where the print
// was darker): where one band between row rules holds several number rows, each printing two
// values or more, a wall is added between each two of them, as if drawn, at the widest gap no
// glyph crosses. It runs from the left edge of the column where the two rows' labels start to
// the table's right edge, so a group label spanning the rows on their left (（三）不予公开)
// keeps its span. Returns whether it added any wall.
bool add_missing_row_walls(RuleSet& region, const std::vector<Glyph>& glyphs);

}  // namespace ogi

#pragma once

#include <vector>

#include "layout/structure/paged/glyph_lines.h"
#include "layout/structure/paged/rule_lines.h"

namespace ogi {

// A ruled table's last rows whose closing rules are missing: a scan thresholded the thin bottom
// rule away (with the column rules below the header), or the table was printed without a bottom
// border. Each number row printed right beneath the region's last row rule, across its width,
// gets a row rule beneath it, as if drawn, and the column rules that reached the old bottom are
// carried down to it; the column walls (text_walls.h) then cut it. Prose, a note or a heading
// under the table prints fewer numbers and ends the run. Returns whether it added a row.
bool add_lost_closing_rows(RuleSet& region, const std::vector<Glyph>& glyphs);

}  // namespace ogi

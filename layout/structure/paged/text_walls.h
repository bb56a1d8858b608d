#pragma once

#include <vector>

#include "layout/structure/paged/glyph_lines.h"
#include "layout/structure/paged/rule_lines.h"

namespace ogi {

// The fallback for a table drawn without vertical rules (row rules only, or a frame with row
// rules): column walls from the text's alignment, added to `region.vertical` as if drawn.
// Candidate columns are where row rules start or end inside the table (a rule that stops short
// marks a merged label column) and the gutters that separate the segments of rows printing
// numbers. A wall is then drawn in each row band where no text crosses it, so a header that spans
// several columns stays one cell, exactly as a missing rule makes a span in a ruled table.
// Returns false, adding nothing, when its number rows print fewer than four numbers in all: rules
// around prose are not a table.
bool add_text_walls(RuleSet& region, const std::vector<Glyph>& glyphs);

// The same fallback for a table whose column rules were drawn but partly lost (a scan thresholded
// thin rules away): when the region's grid puts two values of a number row, printed apart, in one
// cell, the walls missing there are added as add_text_walls would, except within an em of a
// drawn column rule. Returns false, adding nothing, when every value has a cell of its own.
bool add_missing_column_walls(RuleSet& region, const std::vector<Glyph>& glyphs);

// Row rules stacked without column rules can run from one table into the next: the stack is cut
// at each band whose only text is a section heading ("四、政府信息公开行政复议…" between 表三
// and 表四).
std::vector<RuleSet> split_at_headings(const RuleSet& region, const std::vector<Glyph>& glyphs);

}  // namespace ogi

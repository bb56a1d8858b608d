#pragma once

#include <vector>

#include "layout/structure/paged/rule_lines.h"

namespace ogi {

// The page's rules split into table candidates:
//  - groups of rules that touch each other, with at least two horizontal and two vertical lines
//    (a ruled table, or a frame with row rules whose columns are not drawn);
//  - stacks of at least three horizontal rules over the same width that touch no vertical line
//    (a table drawn with row rules only).
// Rules that belong to neither (a red line under a letterhead, an underline) are left out.
std::vector<RuleSet> table_regions(const RuleSet& rules);

// Whether the region draws no vertical rule between its left and right edges, so its columns
// must come from the text (see add_text_walls).
bool lacks_column_rules(const RuleSet& region);

}  // namespace ogi

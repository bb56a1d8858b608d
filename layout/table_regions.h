#pragma once

#include <vector>

#include "layout/rule_lines.h"

namespace ogi {

// The page's rules split into groups that touch each other: each group with at least two
// horizontal and two vertical lines is a ruled table candidate. Rules that touch nothing (a red
// line under a letterhead, an underline) are left out.
std::vector<RuleSet> ruled_regions(const RuleSet& rules);

}  // namespace ogi

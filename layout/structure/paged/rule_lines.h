#pragma once

#include <vector>

#include "model/document.h"

namespace ogi {

// A ruling after snapping: `pos` is y for a horizontal line and x for a vertical one; it runs
// from `start` to `end` along the other axis.
struct RuleLine {
  double pos = 0;
  double start = 0;
  double end = 0;
  double length() const { return end - start; }
};

struct RuleSet {
  std::vector<RuleLine> horizontal;  // by pos, then start
  std::vector<RuleLine> vertical;
};

// Tolerances for drawn tables: rules of one border differ by fractions of a point between
// producers, and cell borders drawn per cell leave hairline gaps at the joints.
inline constexpr double kRuleSnap = 2.0;

// Snaps the page's segments onto shared positions and joins collinear pieces that touch or nearly
// touch, so a border drawn cell by cell becomes one line.
RuleSet merge_rulings(const std::vector<RulingSegment>& segments);

// How far a region's row rules reach left and right.
struct RuleExtent {
  double x0 = 0;
  double x1 = 0;
};
// `region` has at least one row rule.
RuleExtent horizontal_extent(const RuleSet& region);

// Whether the lines at `pos` (within kRuleSnap) cover at least half of [from, to].
bool rules_cover(const std::vector<RuleLine>& lines, double pos, double from, double to);

}  // namespace ogi

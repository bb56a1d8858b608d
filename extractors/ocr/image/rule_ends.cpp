#include "extractors/ocr/image/rule_ends.h"

#include <cstdlib>
#include <optional>

namespace ogi {
namespace {

// A line in axis terms: `along` runs the way the line does, `across` is its position.
struct Span {
  int along0 = 0;
  int along1 = 0;
  int across = 0;
};

Span span_of(const PixelBox& box, bool horizontal) {
  if (horizontal) return {box.x0, box.x1, (box.y0 + box.y1) / 2};
  return {box.y0, box.y1, (box.x0 + box.x1) / 2};
}

// The position of the crossing line nearest to `end` within `reach` that reaches `across` (the
// line's position) within `reach` too, if any: near a corner both rules may have lost their ends.
std::optional<int> nearest_crossing(int end, int across, const std::vector<Span>& crossing,
                                    int reach) {
  std::optional<int> best;
  for (const Span& line : crossing) {
    if (across < line.along0 - reach || across > line.along1 + reach) continue;
    if (std::abs(line.across - end) > reach) continue;
    if (!best || std::abs(line.across - end) < std::abs(*best - end)) best = line.across;
  }
  return best;
}

// The new end: on the nearest crossing line, or where it was when one is already within `slack`
// or none is within `reach`.
int snapped(int end, int across, const std::vector<Span>& crossing, int reach, int slack) {
  if (nearest_crossing(end, across, crossing, slack)) return end;
  const std::optional<int> to = nearest_crossing(end, across, crossing, reach);
  return to ? *to : end;
}

}  // namespace

void snap_rule_ends(std::vector<PixelBox>& lines, const std::vector<PixelBox>& across,
                    bool horizontal, int reach, int slack) {
  std::vector<Span> crossing;
  for (const PixelBox& box : across) crossing.push_back(span_of(box, !horizontal));
  for (PixelBox& box : lines) {
    const Span line = span_of(box, horizontal);
    const int start = snapped(line.along0, line.across, crossing, reach, slack);
    const int end = snapped(line.along1, line.across, crossing, reach, slack);
    if (end <= start) continue;  // a short piece between two crossings near each other
    if (horizontal) {
      box.x0 = start;
      box.x1 = end + 1;
    } else {
      box.y0 = start;
      box.y1 = end + 1;
    }
  }
}

}  // namespace ogi

#include "layout/structure/paged/rule_lines.h"

#include <algorithm>
#include <cmath>

namespace ogi {
namespace {

constexpr double kMinRuleLength = 2.0;
constexpr double kCoveredFraction = 0.5;

// Lines at nearly the same position become one position (the mean); then overlapping or nearly
// touching pieces on it are joined.
std::vector<RuleLine> merge_axis(std::vector<RuleLine> lines) {
  std::sort(lines.begin(), lines.end(),
            [](const RuleLine& a, const RuleLine& b) { return a.pos < b.pos; });
  std::vector<RuleLine> merged;
  size_t begin = 0;
  while (begin < lines.size()) {
    size_t end = begin + 1;
    double sum = lines[begin].pos;
    while (end < lines.size() && lines[end].pos - lines[end - 1].pos <= kRuleSnap / 2) {
      sum += lines[end].pos;
      ++end;
    }
    const double pos = sum / static_cast<double>(end - begin);
    std::vector<RuleLine> group(lines.begin() + begin, lines.begin() + end);
    std::sort(group.begin(), group.end(),
              [](const RuleLine& a, const RuleLine& b) { return a.start < b.start; });
    RuleLine current{pos, group.front().start, group.front().end};
    for (size_t i = 1; i < group.size(); ++i) {
      if (group[i].start <= current.end + kRuleSnap) {
        current.end = std::max(current.end, group[i].end);
        continue;
      }
      merged.push_back(current);
      current = {pos, group[i].start, group[i].end};
    }
    merged.push_back(current);
    begin = end;
  }
  return merged;
}

}  // namespace

RuleSet merge_rulings(const std::vector<RulingSegment>& segments) {
  std::vector<RuleLine> horizontal;
  std::vector<RuleLine> vertical;
  for (const RulingSegment& segment : segments) {
    const double dx = std::fabs(segment.x1 - segment.x0);
    const double dy = std::fabs(segment.y1 - segment.y0);
    if (std::max(dx, dy) < kMinRuleLength) continue;
    if (dy < dx) {
      horizontal.push_back({(segment.y0 + segment.y1) / 2, std::min(segment.x0, segment.x1),
                            std::max(segment.x0, segment.x1)});
    } else {
      vertical.push_back({(segment.x0 + segment.x1) / 2, std::min(segment.y0, segment.y1),
                          std::max(segment.y0, segment.y1)});
    }
  }
  return {merge_axis(std::move(horizontal)), merge_axis(std::move(vertical))};
}

bool rules_cover(const std::vector<RuleLine>& lines, double pos, double from, double to) {
  double covered = 0;
  for (const RuleLine& line : lines) {
    if (std::fabs(line.pos - pos) > kRuleSnap) continue;
    covered += std::max(0.0, std::min(line.end, to) - std::max(line.start, from));
  }
  return covered >= kCoveredFraction * (to - from);
}

RuleExtent horizontal_extent(const RuleSet& region) {
  RuleExtent extent{region.horizontal.front().start, region.horizontal.front().end};
  for (const RuleLine& line : region.horizontal) {
    extent.x0 = std::min(extent.x0, line.start);
    extent.x1 = std::max(extent.x1, line.end);
  }
  return extent;
}

}  // namespace ogi

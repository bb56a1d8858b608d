#include "layout/structure/paged/row_walls.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "layout/structure/paged/text_segments.h"

namespace ogi {
namespace {

// A number row prints two values or more (as in text_walls.cpp); a label that wraps onto a second
// line prints none there.
constexpr int kMinNumbersPerRow = 2;
// Paper narrower than this (em) between two rows is the boxes' slack, not a gap.
constexpr double kMinGapEm = 0.1;
// A row rule covering this share of the values' width is drawn; less is what a scan left of it.
constexpr double kDrawnShare = 0.9;

struct NumberRow {
  Box box;               // of its values
  double values_x0 = 0;  // left edge of its first value
  double labels_x0 = 0;  // left edge of its own label, values_x0 when it has none
};

std::vector<NumberRow> number_rows(const std::vector<Glyph>& inside) {
  std::vector<NumberRow> rows;
  for (const GlyphLine& line : group_lines(inside)) {
    const std::vector<GlyphSegment> segments = line_segments(line, kCellGapEm);
    const auto numbers = std::count_if(segments.begin(), segments.end(),
                                       [](const GlyphSegment& s) { return s.number; });
    if (numbers < kMinNumbersPerRow) continue;
    NumberRow row{line.box, line.box.x1, line.box.x1};
    for (const GlyphSegment& segment : segments) {
      if (segment.number) row.values_x0 = std::min(row.values_x0, segment.x0);
    }
    // The values' own extent: a label beside them may run over several lines.
    bool first = true;
    for (const Glyph& glyph : line.glyphs) {
      if (glyph.box.center_x() < row.values_x0) continue;
      row.box = first ? glyph.box : united(row.box, glyph.box);
      first = false;
    }
    // The row's own label is the text nearest left of its values; text further left on the
    // same line is a group label spanning other rows too.
    row.labels_x0 = row.values_x0;
    double nearest_end = -1;
    for (const GlyphSegment& segment : segments) {
      if (!segment.number && segment.x1 <= row.values_x0 && segment.x1 > nearest_end) {
        nearest_end = segment.x1;
        row.labels_x0 = segment.x0;
      }
    }
    rows.push_back(row);
  }
  return rows;
}

// Share of [from, to] covered by the row rules lying between `top` and `bottom`.
double drawn_share(const RuleSet& region, double top, double bottom, double from, double to) {
  std::vector<std::pair<double, double>> pieces;
  for (const RuleLine& line : region.horizontal) {
    if (line.pos <= top || line.pos >= bottom) continue;
    const double start = std::max(line.start, from);
    const double end = std::min(line.end, to);
    if (end > start) pieces.emplace_back(start, end);
  }
  std::sort(pieces.begin(), pieces.end());
  double covered = 0;
  double reach = from;
  for (const auto& [start, end] : pieces) {
    if (end <= reach) continue;
    covered += end - std::max(start, reach);
    reach = end;
  }
  return to > from ? covered / (to - from) : 1;
}

// Where the wall starts: the column rule at or left of the rows' labels (the left edge of the
// table when there is none), so a label cell is cut whole and a group column left of it is not.
double wall_start(const RuleSet& region, double labels_x0, double y, double table_x0) {
  double start = table_x0;
  for (const RuleLine& line : region.vertical) {
    if (line.start <= y && line.end >= y && line.pos <= labels_x0 + kRuleSnap) {
      start = std::max(start, line.pos);
    }
  }
  return start;
}

// The middle of the widest stretch of (low, high) that no glyph right of `x0` crosses; nullopt
// when no stretch is `min_gap` wide.
std::optional<double> free_middle(const std::vector<Glyph>& inside, double x0, double low,
                                  double high, double min_gap) {
  std::vector<std::pair<double, double>> inked;
  for (const Glyph& glyph : inside) {
    if (glyph.box.center_x() < x0 || glyph.box.y1 <= low || glyph.box.y0 >= high) continue;
    inked.emplace_back(glyph.box.y0, glyph.box.y1);
  }
  std::sort(inked.begin(), inked.end());
  double best_width = 0;
  double best_middle = 0;
  double free_from = low;
  const auto consider = [&](double free_to) {
    if (free_to - free_from > best_width) {
      best_width = free_to - free_from;
      best_middle = (free_from + free_to) / 2;
    }
  };
  for (const auto& [top, bottom] : inked) {
    consider(top);
    free_from = std::max(free_from, bottom);
  }
  consider(high);
  if (best_width < min_gap) return std::nullopt;
  return best_middle;
}

}  // namespace

bool add_missing_row_walls(RuleSet& region, const std::vector<Glyph>& glyphs) {
  if (region.horizontal.size() < 2) return false;
  double x0 = region.horizontal.front().start;
  double x1 = region.horizontal.front().end;
  for (const RuleLine& line : region.horizontal) {
    x0 = std::min(x0, line.start);
    x1 = std::max(x1, line.end);
  }
  const double top = region.horizontal.front().pos;
  const double bottom = region.horizontal.back().pos;
  std::vector<Glyph> inside;
  for (const Glyph& glyph : glyphs) {
    const double x = glyph.box.center_x();
    const double y = glyph.box.center_y();
    if (x >= x0 && x <= x1 && y >= top && y <= bottom) inside.push_back(glyph);
  }
  const double em = value_glyph_size(inside);
  const std::vector<NumberRow> rows = number_rows(inside);
  std::vector<RuleLine> walls;
  for (size_t i = 1; i < rows.size(); ++i) {
    const NumberRow& above = rows[i - 1];
    const NumberRow& below = rows[i];
    const double values_x0 = std::min(above.values_x0, below.values_x0);
    const double low = above.box.y1;
    const double high = below.box.y0;
    if (high - low < kMinGapEm * em ||
        drawn_share(region, above.box.center_y(), below.box.center_y(), values_x0, x1) >=
            kDrawnShare) {
      continue;
    }
    const double labels_x0 = std::min(above.labels_x0, below.labels_x0);
    const double start = wall_start(region, labels_x0, (low + high) / 2, x0);
    if (const std::optional<double> y = free_middle(inside, start, low, high, kMinGapEm * em)) {
      walls.push_back({*y, start, x1});
    }
  }
  if (walls.empty()) return false;
  region.horizontal.insert(region.horizontal.end(), walls.begin(), walls.end());
  std::sort(region.horizontal.begin(), region.horizontal.end(),
            [](const RuleLine& a, const RuleLine& b) {
              return a.pos != b.pos ? a.pos < b.pos : a.start < b.start;
            });
  return true;
}

}  // namespace ogi

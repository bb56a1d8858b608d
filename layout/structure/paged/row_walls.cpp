#include "layout/structure/paged/row_walls.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "layout/structure/paged/text_segments.h"

namespace ogi {
namespace {

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
    if (number_count(segments) < kMinNumbersPerRow) continue;
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

// Where the drawn row rule between `top` and `bottom` lies that covers most of [from, to].
double drawn_position(const RuleSet& region, double top, double bottom, double from, double to) {
  double best = 0;
  double position = (top + bottom) / 2;
  for (const RuleLine& line : region.horizontal) {
    if (line.pos <= top || line.pos >= bottom) continue;
    const double overlap = std::min(line.end, to) - std::max(line.start, from);
    if (overlap > best) {
      best = overlap;
      position = line.pos;
    }
  }
  return position;
}

bool crossed(const std::vector<Glyph>& inside, double from, double to, double y) {
  return std::any_of(inside.begin(), inside.end(), [&](const Glyph& glyph) {
    const double x = glyph.box.center_x();
    return x >= from && x <= to && glyph.box.y0 < y && glyph.box.y1 > y;
  });
}

// Where the text nearest left of the values starts, between `top` and `bottom`: the rows' own
// labels, right of the widest gutter that parts them from a group label printed further left
// (whose column rule the scan may have lost too). `values_left` when no text is there.
double label_text_left(const std::vector<Glyph>& inside, double values_left, double top,
                       double bottom, double em) {
  std::vector<std::pair<double, double>> spans;
  for (const Glyph& glyph : inside) {
    if (glyph.box.center_x() >= values_left || glyph.box.y1 <= top || glyph.box.y0 >= bottom) {
      continue;
    }
    spans.emplace_back(glyph.box.x0, glyph.box.x1);
  }
  if (spans.empty()) return values_left;
  std::sort(spans.begin(), spans.end(),
            [](const auto& a, const auto& b) { return a.second > b.second; });
  // From the right: the labels run left until a gutter an em wide.
  double left = spans.front().first;
  for (const auto& [x0, x1] : spans) {
    if (x1 < left - em) break;
    left = std::min(left, x0);
  }
  return left - kRuleSnap;
}

// The wall between two number rows, if one is missing. It runs through the rows' labels too:
// from the column of a label printed on the values' line, else from the column next to the values
// (a label of two lines centred on them has no glyph on their line); where the labels leave no
// gap (a group label printed down beside them), through the column next to the values, or from
// where the rows' own labels start when the rule left of them was lost too, else through the
// values only. Where the values' rule was drawn and only the labels' part lost,
// that rule is carried on through the labels.
std::optional<RuleLine> wall_between(const RuleSet& region, const std::vector<Glyph>& inside,
                                     const NumberRow& above, const NumberRow& below,
                                     const RuleExtent& table, double em) {
  const double values_x0 = std::min(above.values_x0, below.values_x0);
  const double low = above.box.y1;
  const double high = below.box.y0;
  const double middle = (low + high) / 2;
  const double values_left = wall_start(region, values_x0, middle, table.x0);
  const double item_left = wall_start(region, values_left - 2 * kRuleSnap, middle, table.x0);
  const double labels_left = std::min(
      wall_start(region, std::min(above.labels_x0, below.labels_x0), middle, table.x0), item_left);
  const double top = above.box.center_y();
  const double bottom = below.box.center_y();
  if (drawn_share(region, top, bottom, labels_left, table.x1) >= kDrawnShare) return std::nullopt;
  if (drawn_share(region, top, bottom, values_x0, table.x1) >= kDrawnShare) {
    const double y = drawn_position(region, top, bottom, values_x0, table.x1);
    if (crossed(inside, labels_left, values_left, y)) return std::nullopt;
    return RuleLine{y, labels_left, values_left + kRuleSnap};
  }
  if (high - low < kMinGapEm * em) return std::nullopt;
  const double text_left = label_text_left(inside, values_left, low, high, em);
  for (double start : {labels_left, item_left, text_left, values_left}) {
    if (const std::optional<double> y = free_middle(inside, start, low, high, kMinGapEm * em)) {
      return RuleLine{*y, start, table.x1};
    }
  }
  return std::nullopt;
}

// The nearest row rule above `y` drawn across most of [from, to]; `fallback` when there is none.
double rule_above(const RuleSet& region, double y, double from, double to, double fallback) {
  double nearest = fallback;
  for (const RuleLine& line : region.horizontal) {
    if (line.pos >= y || line.pos <= nearest) continue;
    if (drawn_share(region, line.pos - kRuleSnap, line.pos + kRuleSnap, from, to) >= kDrawnShare) {
      nearest = line.pos;
    }
  }
  return nearest;
}

// The wall under a header printed over a number row when the rule between them was lost (表四's
// 结果维持 and its 0 in one cell of a scan): between the header's last line and the values, when
// print stands over the values' columns below the row rule above them and none of it is a number
// row (two number rows are wall_between's). Through the labels' column when no glyph crosses
// there, else through the values only.
std::optional<RuleLine> wall_under_header(const RuleSet& region, const std::vector<Glyph>& inside,
                                          const std::vector<NumberRow>& rows, size_t index,
                                          const RuleExtent& table, double em) {
  const NumberRow& row = rows[index];
  double top = row.box.y0;
  for (const RuleLine& line : region.horizontal) top = std::min(top, line.pos);
  const double ceiling = rule_above(region, row.box.y0, row.values_x0, table.x1, top);
  if (index > 0 && rows[index - 1].box.y0 > ceiling) return std::nullopt;
  double header_bottom = ceiling;
  bool header = false;
  for (const Glyph& glyph : inside) {
    if (glyph.box.center_x() < row.values_x0 || glyph.box.y0 <= ceiling ||
        glyph.box.y1 > row.box.y0) {
      continue;
    }
    header = true;
    header_bottom = std::max(header_bottom, glyph.box.y1);
  }
  if (!header || row.box.y0 - header_bottom < kMinGapEm * em) return std::nullopt;
  const double middle = (header_bottom + row.box.y0) / 2;
  const double values_left = wall_start(region, row.values_x0, middle, table.x0);
  const double labels_left =
      std::min(wall_start(region, row.labels_x0, middle, table.x0), values_left);
  if (drawn_share(region, header_bottom, row.box.y0, values_left, table.x1) >= kDrawnShare) {
    return std::nullopt;
  }
  for (double start : {labels_left, values_left}) {
    if (const std::optional<double> y =
            free_middle(inside, start, header_bottom, row.box.y0, kMinGapEm * em)) {
      return RuleLine{*y, start, table.x1};
    }
  }
  return std::nullopt;
}

}  // namespace

bool add_missing_row_walls(RuleSet& region, const std::vector<Glyph>& glyphs) {
  if (region.horizontal.size() < 2) return false;
  const RuleExtent extent = horizontal_extent(region);
  const std::vector<Glyph> inside = glyphs_in_region(region, extent, glyphs);
  const double em = value_glyph_size(inside);
  const std::vector<NumberRow> rows = number_rows(inside);
  std::vector<RuleLine> walls;
  for (size_t i = 0; i < rows.size(); ++i) {
    if (auto wall = wall_under_header(region, inside, rows, i, extent, em)) {
      walls.push_back(*wall);
    }
    if (i == 0) continue;
    if (auto wall = wall_between(region, inside, rows[i - 1], rows[i], extent, em)) {
      walls.push_back(*wall);
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

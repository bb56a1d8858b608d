#include "layout/structure/paged/text_walls.h"

#include <algorithm>
#include <cmath>

#include "layout/labels/section_splitter.h"
#include "layout/structure/paged/ruled_grid.h"
#include "layout/structure/paged/text_segments.h"
#include "normalize/text_normalize.h"

namespace ogi {
namespace {

constexpr double kMinGutterEm = 0.3;
// A table has several numbers in its number rows (表四 has one row of fifteen), where prose
// between rules has none.
constexpr int kMinTableNumbers = 4;

// A place a column wall may stand; `drawn` when a row rule ends there (the edge of a merged
// column), which text alone cannot overrule.
struct Wall {
  double x = 0;
  bool drawn = false;
};

// The region's text: its segments, and where the number rows show the value columns.
struct RegionText {
  std::vector<GlyphSegment> segments;
  std::vector<std::vector<GlyphSegment>> number_rows;
  double values_start = 0;  // left edge of the leftmost number
  double em = 0;
};

RegionText region_text(const RuleSet& region, const RuleExtent& extent,
                       const std::vector<Glyph>& glyphs) {
  std::vector<Glyph> inside = glyphs_in_region(region, extent, glyphs);
  RegionText text;
  text.values_start = extent.x1;
  // The values' size: their gutters are measured, and a lost rule must not hide behind a
  // neighbour an oversized em puts near.
  text.em = value_glyph_size(inside);
  for (const GlyphLine& line : group_lines(std::move(inside))) {
    std::vector<GlyphSegment> row = line_segments(line, kCellGapEm);
    text.segments.insert(text.segments.end(), row.begin(), row.end());
    if (number_count(row) < kMinNumbersPerRow) continue;
    for (const GlyphSegment& segment : row) {
      if (segment.number) text.values_start = std::min(text.values_start, segment.x0);
    }
    text.number_rows.push_back(std::move(row));
  }
  return text;
}

int table_numbers(const RegionText& text) {
  int count = 0;
  for (const auto& row : text.number_rows) {
    count += number_count(row);
  }
  return count;
}

// Positions within an em of each other, as one position each (their mean).
std::vector<double> gathered(std::vector<double> positions, double em) {
  std::sort(positions.begin(), positions.end());
  std::vector<double> out;
  size_t begin = 0;
  while (begin < positions.size()) {
    size_t end = begin;
    double sum = 0;
    while (end < positions.size() && positions[end] - positions[begin] <= em)
      sum += positions[end++];
    out.push_back(sum / static_cast<double>(end - begin));
    begin = end;
  }
  return out;
}

// Where the number rows separate their values: midway between two values, row by row (rows of
// one table may have fewer, wider columns: a 2019 表二 block with two values under a three-value
// block), then gathered. The labels end where the longest label ends, left of every value.
std::vector<double> gutters(const RegionText& text) {
  std::vector<double> positions;
  double labels_end = 0;
  for (const auto& row : text.number_rows) {
    for (size_t i = 0; i < row.size(); ++i) {
      if (!row[i].number) {
        if (row[i].x1 < text.values_start) labels_end = std::max(labels_end, row[i].x1);
        continue;
      }
      if (i > 0 && row[i - 1].number && row[i].x0 - row[i - 1].x1 >= kMinGutterEm * text.em) {
        positions.push_back((row[i - 1].x1 + row[i].x0) / 2);
      }
    }
  }
  std::vector<double> walls = gathered(std::move(positions), text.em);
  if (labels_end > 0) {
    walls.push_back(labels_end < text.values_start
                        ? (labels_end + text.values_start) / 2
                        : text.values_start - kMinGutterEm * text.em / 2);
  }
  return walls;
}

// Candidate walls left to right; a drawn rule end wins over a gutter at the same place.
std::vector<Wall> candidate_walls(const RuleSet& region, const RuleExtent& extent,
                                  const RegionText& text) {
  std::vector<Wall> walls;
  for (const RuleLine& line : region.horizontal) {
    for (double x : {line.start, line.end}) {
      if (x > extent.x0 + kRuleSnap && x < extent.x1 - kRuleSnap) walls.push_back({x, true});
    }
  }
  for (double x : gutters(text)) walls.push_back({x, false});
  std::sort(walls.begin(), walls.end(), [](const Wall& a, const Wall& b) {
    return a.x < b.x || (a.x == b.x && a.drawn > b.drawn);
  });
  std::vector<Wall> distinct;
  for (const Wall& wall : walls) {
    if (!distinct.empty() && wall.x - distinct.back().x <= 2 * kRuleSnap) {
      distinct.back().drawn = distinct.back().drawn || wall.drawn;
      continue;
    }
    distinct.push_back(wall);
  }
  return distinct;
}

std::vector<double> band_edges(const RuleSet& region) {
  std::vector<double> edges;
  for (const RuleLine& line : region.horizontal) {
    if (edges.empty() || line.pos - edges.back() > kRuleSnap) edges.push_back(line.pos);
  }
  return edges;
}

// One row band's text, seen through the candidate walls.
class Band {
 public:
  Band(const RegionText& text, const std::vector<Wall>& walls, const RuleExtent& extent, double top,
       double bottom)
      : walls_(walls) {
    slot_edges_.push_back(extent.x0);
    for (const Wall& wall : walls) slot_edges_.push_back(wall.x);
    slot_edges_.push_back(extent.x1);
    occupied_.assign(walls.size() + 1, false);
    for (const GlyphSegment& segment : text.segments) {
      if (segment.y < top || segment.y >= bottom) continue;
      band_segments_.push_back(segment);
      numbers_ = numbers_ || segment.number;
      occupied_[slot_of(segment.center_x())] = true;
    }
    values_slot_ = slot_of(text.values_start);
  }

  bool crossed(size_t wall) const {
    const double x = walls_[wall].x;
    return std::any_of(band_segments_.begin(), band_segments_.end(),
                       [&](const GlyphSegment& s) { return s.x0 < x && s.x1 > x; });
  }
  bool has_numbers() const { return numbers_; }
  bool occupied(size_t slot) const { return occupied_[slot]; }

  // In a header band, the value-column slot whose text an empty slot belongs to: the nearest
  // occupied one not behind a drawn wall (a centred group header spreads over its columns).
  size_t owner(size_t slot) const {
    if (occupied_[slot] || slot < values_slot_) return slot;
    size_t best = slot;
    size_t best_distance = occupied_.size();
    for (size_t other = values_slot_; other < occupied_.size(); ++other) {
      if (!occupied_[other] || behind_drawn_wall(slot, other)) continue;
      const size_t distance = other > slot ? other - slot : slot - other;
      if (distance < best_distance) {
        best = other;
        best_distance = distance;
      }
    }
    return best;
  }

 private:
  size_t slot_of(double x) const {
    const auto after = std::upper_bound(slot_edges_.begin() + 1, slot_edges_.end() - 1, x);
    return static_cast<size_t>(after - slot_edges_.begin()) - 1;
  }
  bool behind_drawn_wall(size_t a, size_t b) const {
    for (size_t wall = std::min(a, b); wall < std::max(a, b); ++wall) {
      if (walls_[wall].drawn) return true;
    }
    return false;
  }

  const std::vector<Wall>& walls_;
  std::vector<double> slot_edges_;
  std::vector<bool> occupied_;
  std::vector<GlyphSegment> band_segments_;
  size_t values_slot_ = 0;
  bool numbers_ = false;
};

// Draws each wall in each band no text crosses, except between a slot and the text it belongs
// to: in a header band an empty value slot belongs to the nearest header, and in a number band
// an empty slot under a header that spans keeps that span (a value centred under
// "本年收费金额（单位：万元）").
void draw_walls(const RegionText& text, const std::vector<Wall>& walls, const RuleExtent& extent,
                RuleSet& region) {
  const std::vector<double> edges = band_edges(region);
  std::vector<bool> drawn_above(walls.size(), true);
  for (size_t b = 0; b + 1 < edges.size(); ++b) {
    const Band band(text, walls, extent, edges[b], edges[b + 1]);
    for (size_t i = 0; i < walls.size(); ++i) {
      bool drawn = !band.crossed(i);
      if (drawn && !band.has_numbers()) {
        drawn = walls[i].drawn || band.owner(i) != band.owner(i + 1);
      } else if (drawn) {
        drawn = drawn_above[i] || (band.occupied(i) && band.occupied(i + 1));
      }
      if (drawn) region.vertical.push_back({walls[i].x, edges[b], edges[b + 1]});
      drawn_above[i] = drawn;
    }
  }
}

// Whether some number row prints two values apart that the region's grid puts in one cell.
bool crowded(const RuleSet& region, const RegionText& text) {
  const RuledGrid grid = build_ruled_grid(region);
  for (const auto& row : text.number_rows) {
    for (size_t i = 1; i < row.size(); ++i) {
      if (!row[i - 1].number || !row[i].number ||
          row[i].x0 - row[i - 1].x1 < kMinGutterEm * text.em) {
        continue;
      }
      const int cell = grid.cell_at(row[i - 1].center_x(), row[i].y);
      if (cell >= 0 && cell == grid.cell_at(row[i].center_x(), row[i].y)) return true;
    }
  }
  return false;
}

// Whether the lines between two row rules are only a section heading ("四、政府信息公开行政复议…"):
// no number, the first line a statutory section's heading.
bool heading_band(const std::vector<GlyphLine>& lines, double top, double bottom) {
  bool first = true;
  for (const GlyphLine& line : lines) {
    if (line.box.center_y() <= top || line.box.center_y() >= bottom) continue;
    for (const GlyphSegment& segment : line_segments(line, kCellGapEm)) {
      if (segment.number) return false;
    }
    if (first && SectionHeadingMatcher().match(normalize_text(line_text(line))).empty()) {
      return false;
    }
    first = false;
  }
  return !first;
}

}  // namespace

std::vector<RuleSet> split_at_headings(const RuleSet& region, const std::vector<Glyph>& glyphs) {
  if (region.horizontal.empty()) return {region};
  std::vector<RuleSet> pieces(1);
  const std::vector<GlyphLine> lines = group_lines(glyphs);
  pieces.back().horizontal.push_back(region.horizontal.front());
  for (size_t i = 1; i < region.horizontal.size(); ++i) {
    const RuleLine& above = region.horizontal[i - 1];
    const RuleLine& below = region.horizontal[i];
    if (below.pos - above.pos > kRuleSnap && heading_band(lines, above.pos, below.pos)) {
      pieces.emplace_back();
    }
    pieces.back().horizontal.push_back(below);
  }
  for (const RuleLine& line : region.vertical) {
    for (RuleSet& piece : pieces) {
      if (line.start < piece.horizontal.back().pos && line.end > piece.horizontal.front().pos) {
        piece.vertical.push_back(line);
      }
    }
  }
  return pieces;
}

bool add_missing_column_walls(RuleSet& region, const std::vector<Glyph>& glyphs) {
  if (region.horizontal.size() < 2) return false;
  const RuleExtent extent = horizontal_extent(region);
  const RegionText text = region_text(region, extent, glyphs);
  if (table_numbers(text) < kMinTableNumbers || !crowded(region, text)) return false;
  std::vector<Wall> walls;
  for (const Wall& wall : candidate_walls(region, extent, text)) {
    const bool drawn_near =
        std::any_of(region.vertical.begin(), region.vertical.end(),
                    [&](const RuleLine& line) { return std::abs(line.pos - wall.x) <= text.em; });
    if (!drawn_near) walls.push_back(wall);
  }
  draw_walls(text, walls, extent, region);
  return true;
}

bool add_text_walls(RuleSet& region, const std::vector<Glyph>& glyphs) {
  if (region.horizontal.size() < 2) return false;
  const RuleExtent extent = horizontal_extent(region);
  const RegionText text = region_text(region, extent, glyphs);
  if (table_numbers(text) < kMinTableNumbers) return false;
  draw_walls(text, candidate_walls(region, extent, text), extent, region);
  return true;
}

}  // namespace ogi

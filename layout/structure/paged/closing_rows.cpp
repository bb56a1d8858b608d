#include "layout/structure/paged/closing_rows.h"

#include <algorithm>

#include "layout/structure/paged/glyph_lines.h"
#include "layout/structure/paged/text_segments.h"

namespace ogi {
namespace {

// A row continues the table when the paper between it and the rule above is at most this many of
// its heights: a row's own margins. Text further down is the page's, not the table's.
constexpr double kMaxGapLines = 1.5;
// A row's glyphs lie this share within the table's width at least.
constexpr double kMinInsideShare = 0.9;

// The lines printed below `bottom` whose centres lie within the region's width, top to bottom.
std::vector<GlyphLine> lines_below(const RuleExtent& extent, double bottom,
                                   const std::vector<Glyph>& glyphs) {
  std::vector<Glyph> below;
  for (const Glyph& glyph : glyphs) {
    const double x = glyph.box.center_x();
    if (glyph.box.center_y() > bottom && x >= extent.x0 && x <= extent.x1) below.push_back(glyph);
  }
  std::vector<GlyphLine> lines = group_lines(std::move(below));
  std::sort(lines.begin(), lines.end(),
            [](const GlyphLine& a, const GlyphLine& b) { return a.box.y0 < b.box.y0; });
  return lines;
}

// Whether every glyph of the line's extent is the table's: a line that runs on past the table's
// sides is the page's text.
bool within(const GlyphLine& line, const RuleExtent& extent, const std::vector<Glyph>& glyphs) {
  int inside = 0;
  int all = 0;
  for (const Glyph& glyph : glyphs) {
    const double y = glyph.box.center_y();
    if (y < line.box.y0 || y > line.box.y1) continue;
    ++all;
    const double x = glyph.box.center_x();
    if (x >= extent.x0 && x <= extent.x1) ++inside;
  }
  return all > 0 && inside >= kMinInsideShare * all;
}

void carry_columns_down(RuleSet& region, double from, double to) {
  for (RuleLine& line : region.vertical) {
    if (std::abs(line.end - from) <= 2 * kRuleSnap) line.end = to;
  }
}

}  // namespace

bool add_lost_closing_rows(RuleSet& region, const std::vector<Glyph>& glyphs) {
  if (region.horizontal.size() < 2 || region.vertical.empty()) return false;
  const RuleExtent extent = horizontal_extent(region);
  double bottom = region.horizontal.back().pos;
  const std::vector<GlyphLine> lines = lines_below(extent, bottom, glyphs);
  bool added = false;
  for (size_t i = 0; i < lines.size(); ++i) {
    const GlyphLine& line = lines[i];
    const double gap = line.box.y0 - bottom;
    if (gap > kMaxGapLines * line.box.height()) break;
    if (number_count(line_segments(line, kCellGapEm)) < kMinNumbersPerRow) break;
    if (!within(line, extent, glyphs)) break;
    // The rule lies as far below the row as the rule above lies above it, and never into the
    // next line.
    double rule = line.box.y1 + std::max(gap, 0.0);
    if (i + 1 < lines.size()) rule = std::min(rule, (line.box.y1 + lines[i + 1].box.y0) / 2);
    region.horizontal.push_back({rule, extent.x0, extent.x1});
    carry_columns_down(region, bottom, rule);
    bottom = rule;
    added = true;
  }
  return added;
}

}  // namespace ogi

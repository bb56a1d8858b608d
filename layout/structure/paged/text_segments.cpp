#include "layout/structure/paged/text_segments.h"

#include <algorithm>

#include "layout/structure/parsed_number.h"
#include "model/utf8.h"

namespace ogi {

std::vector<GlyphSegment> line_segments(const GlyphLine& line, double gap_em) {
  std::vector<GlyphSegment> segments;
  std::u32string text;
  auto close = [&](const Glyph& last) {
    segments.back().x1 = last.box.x1;
    segments.back().number = parses_as_number(u32_to_utf8(text));
    text.clear();
  };
  for (size_t i = 0; i < line.glyphs.size(); ++i) {
    const Glyph& glyph = line.glyphs[i];
    const double gap = glyph.box.x0 - (i > 0 ? line.glyphs[i - 1].box.x1 : glyph.box.x0);
    if (i > 0 && gap > gap_em * std::max(glyph.font_size, 1.0)) close(line.glyphs[i - 1]);
    if (text.empty()) segments.push_back({glyph.box.x0, glyph.box.x1, line.box.center_y(), false});
    text.push_back(glyph.code_point);
  }
  if (!line.glyphs.empty()) close(line.glyphs.back());
  return segments;
}

int number_count(const std::vector<GlyphSegment>& segments) {
  return static_cast<int>(std::count_if(segments.begin(), segments.end(),
                                        [](const GlyphSegment& s) { return s.number; }));
}

std::vector<Glyph> glyphs_in_region(const RuleSet& region, const RuleExtent& extent,
                                    const std::vector<Glyph>& glyphs) {
  const double top = region.horizontal.front().pos;
  const double bottom = region.horizontal.back().pos;
  std::vector<Glyph> inside;
  for (const Glyph& glyph : glyphs) {
    const double x = glyph.box.center_x();
    const double y = glyph.box.center_y();
    if (x >= extent.x0 && x <= extent.x1 && y >= top && y <= bottom) inside.push_back(glyph);
  }
  return inside;
}

}  // namespace ogi

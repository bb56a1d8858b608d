#pragma once

#include <vector>

#include "layout/structure/paged/glyph_lines.h"
#include "layout/structure/paged/rule_lines.h"
#include "model/printed_table.h"  // kCellGapEm, the gap line_segments is called with

namespace ogi {

// A run of glyphs on one line with no wide gap inside: a cell's text on that line, when a table's
// columns are not drawn. (Not "TextSegment": text_tokens.h has one, and two types of one name in
// namespace ogi let the linker merge their std::vector code, which corrupted the heap.)
struct GlyphSegment {
  double x0 = 0;
  double x1 = 0;
  double y = 0;         // vertical centre of the line
  bool number = false;  // parses as a number (or zero)
  double center_x() const { return (x0 + x1) / 2; }
};

// The line cut wherever two glyphs stand more than `gap_em` em apart.
std::vector<GlyphSegment> line_segments(const GlyphLine& line, double gap_em);

// A number row prints at least this many numbers apart; a label wrapped onto a line of its own,
// or prose between rules, prints fewer.
inline constexpr int kMinNumbersPerRow = 2;
// How many of the segments are numbers.
int number_count(const std::vector<GlyphSegment>& segments);

// The glyphs whose centre lies within the region: between its first and last row rule, within
// `extent`.
std::vector<Glyph> glyphs_in_region(const RuleSet& region, const RuleExtent& extent,
                                    const std::vector<Glyph>& glyphs);

}  // namespace ogi

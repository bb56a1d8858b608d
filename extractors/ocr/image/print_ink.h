#pragma once

#include <vector>

#include "extractors/ocr/image/lept_ptr.h"

namespace ogi {

// What a region of a binary page prints. Thresholding leaves two kinds of small marks: the
// broken pieces of a thin stroke (a 1 at 150 dpi falls apart into dashes) and noise (salt and
// pepper, the dots left of a rule the threshold thinned away). Pieces near print belong to it;
// marks away from any print are `stray`: no proof of ink, no proof of blank paper either.
struct PrintInk {
  PixelBox box;        // the print, page pixels; empty when the region prints nothing
  PixelBox stray_box;  // the stray marks together; empty when there are none
  int stray = 0;       // how many stray marks
};

// Marks no larger than this either way (inches) are dust: a full stop at 9 pt is still about
// 0.015 in across.
inline constexpr double kDust = 0.01;

// What `region` prints; dust is ignored altogether.
PrintInk find_print(PIX* binary, const PixelBox& region, double dpi);

// The print of `region` (find_print's box): an empty box for paper holding no print.
PixelBox ink_box(PIX* binary, const PixelBox& region, double dpi);

// Whether the marks of `box` (print and stray together) make one upright stroke, a digit high
// and not reaching across `cell`: the shape of a 1. Recognizers often read a lone 1 at low
// resolution as nothing, a bar or a letter; a column of dots left of a lost rule runs the full
// height of its cell, and 7 and 4 are wider.
bool lone_stroke(PIX* binary, const PixelBox& box, const PixelBox& cell, double dpi);

// Whether a mark is what a scan left of a rule: thinner than a flat mark (0.025 in) and longer
// than any glyph of a report (a fifth of an inch), down or across. Such marks join lines of print
// that are apart when lines are sought.
bool rule_remnant(const PixelBox& mark, double dpi);

// The pieces of print inside `box` side by side: `box` cut down the middle of every run of paper
// wider than the space after a full-width comma, each piece the full height of `box`. A cell
// whose column rule the scan lost (a thin rule thresholded away) prints two values with paper
// between them; read as one line they would run together into one number.
std::vector<PixelBox> ink_pieces_across(PIX* binary, const PixelBox& box, double dpi);

// The pieces of print inside `box` one above the other: `box` cut across the middle of every run
// of paper higher than the space between two lines of one label, each piece the full width of
// `box`. A cell whose row rule the scan lost holds two rows of values; read as one block, a
// column of them reads as one number over several lines.
std::vector<PixelBox> ink_pieces_down(PIX* binary, const PixelBox& box, double dpi);

}  // namespace ogi

#pragma once

#include <optional>

#include "extractors/ocr/image/lept_ptr.h"

namespace ogi {

// The paper a glyph's print encloses: 8 closes two holes, 0 one from top to bottom, 6 one low,
// 9 one high, 1 2 3 5 7 none. Recognizers confuse clean lone digits whose holes tell them apart
// (DejaVu's 0 printed alone reads as 6 to Tesseract's Latin model at two scales).
struct GlyphHoles {
  int count = 0;
  // The largest hole's top and bottom, as shares of the glyph's height from its top.
  double top = 0;
  double bottom = 0;
};

// The holes of the print in `box` of binary `pix` when it is one glyph: one piece of print,
// specks aside. nullopt for broken or touching print, whose holes say nothing.
std::optional<GlyphHoles> glyph_holes(PIX* binary, const PixelBox& box, double dpi);

// Whether the lone digit `digit` closes the holes `holes` shows; nullopt for a digit whose holes
// vary with the typeface (4) or for anything else.
std::optional<bool> digit_fits_holes(char digit, const GlyphHoles& holes);

}  // namespace ogi

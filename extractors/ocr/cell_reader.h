#pragma once

#include <string>
#include <vector>

#include "extractors/ocr/ocr_engine.h"

namespace ogi {

// What one table cell reads as.
struct CellReading {
  std::string text;  // empty for a cell without ink
  double confidence = 1.0;
  PixelBox ink;        // the printed part of the cell
  bool value = false;  // read as a number (digits pass)
  std::vector<OcrWord> words;  // the label pass's words, with their boxes; empty for values
};

// Removes specks smaller than a glyph's dot from a binary crop, so "is there ink" and "where is
// the ink" answer for print, not scanner noise.
PixPtr without_specks(PIX* binary, double dpi);

// The printed part of `cell` (specks left out), or an empty box for a blank cell.
PixelBox ink_box(PIX* binary, const PixelBox& cell, double dpi);

// Reads one cell of the engine's current image. A first pass reads it as Chinese text; a cell
// that reads as a number is read again as a single line of digits. When the two passes disagree
// the number is kept with a confidence below 0.5, so it is never a silent guess.
CellReading read_cell(OcrEngine& engine, PIX* binary, const PixelBox& cell, double dpi);

// Whether text is a printed number: digits with at most sign, point and thousands separators.
bool reads_as_number(const std::string& text);

}  // namespace ogi

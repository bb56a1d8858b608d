#pragma once

#include <vector>

#include "extractors/ocr/image/lept_ptr.h"
#include "extractors/ocr/recognize/ocr_engine.h"

namespace ogi {

// Narrow header cells print their label one character per line (自/然/人). Tesseract's
// horizontal models read such a stack poorly, dropping characters; laid side by side the same
// glyphs read as the ordinary line they are.

// Whether the ink of a cell is a stack: one glyph wide and several glyphs tall.
bool is_stacked(const PixelBox& ink, double dpi);

// Ways to split a stack into glyphs (page pixels, top to bottom): at the blank rows between
// glyphs, and, where that cuts elsewhere, at a steady pitch. The caller reads each and
// keeps the reading Tesseract is surest of.
std::vector<std::vector<PixelBox>> stacked_splits(PIX* ink, const PixelBox& stack);

// The rows of a grey page laid out left to right on white, as one line to read.
PixPtr side_by_side(PIX* gray, const std::vector<PixelBox>& rows, double dpi);

// Words read in a side_by_side line put back where their glyphs are printed on the page: each
// word cut at the seams between rows, boxes in page pixels, `line` the index of its row. A label
// read unwrapped keeps its lines, so a cell holding the labels of rows whose rules the scan lost
// still shows which label stands beside which values.
std::vector<OcrWord> words_in_place(const std::vector<OcrWord>& words,
                                    const std::vector<PixelBox>& rows, double dpi);

}  // namespace ogi

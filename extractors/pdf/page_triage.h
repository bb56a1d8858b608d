#pragma once

#include <string>

#include "model/document.h"

namespace ogi {

// What a PDF page read from its text layer still needs from its pixels.

// Why a page's text layer is not its text.
enum class TextLayerFault {
  kNone,
  // No text layer, or too little to be the page's text: a scan, a blank page, a page whose glyphs
  // are drawn as outlines.
  kNoText,
  // Private-use, replacement or control characters: glyphs of a font without a Unicode map.
  kUnmappedGlyphs,
  // Latin-1 and WinAnsi letters and ASCII symbols where CJK text belongs: a font's codes read
  // through a Western encoding after the font lost its Unicode map (a re-distilled PDF), the
  // digits as wrong as the rest.
  kLatinJunk,
};

TextLayerFault text_layer_fault(const Page& page);

// The fault in words, for the record's OCR-3 finding (Chinese, as every finding's message).
std::string describe(TextLayerFault fault);

// Whether a PDF page's text must come from OCR: its text layer has a fault.
bool needs_ocr(const Page& page);

// Whether a page read from its text layer may draw its table's rules as pixels (a form scanned
// under a text layer, rules pasted as a picture): its vector content draws no table rule (no
// vertical rule, fewer than three horizontal ones), yet its text prints table rows, numbers side
// by side on one line with wide gaps and nothing between. Its rules are then found in its pixels
// (raster_rules.h).
bool prints_unruled_table(const Page& page);

}  // namespace ogi

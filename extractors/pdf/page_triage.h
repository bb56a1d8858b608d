#pragma once

#include "model/document.h"

namespace ogi {

// What a PDF page read from its text layer still needs from its pixels.

// Whether a PDF page's text must come from OCR: its text layer is absent (a scan, a blank page),
// holds too little to be the page's text, or is mostly garbage (private-use code points from
// fonts without a Unicode map, replacement and control characters, Latin-1 mojibake).
bool needs_ocr(const Page& page);

// Whether a page read from its text layer may draw its table's rules as pixels (a form scanned
// under a text layer, rules pasted as a picture): its vector content draws no table rule (no
// vertical rule, fewer than three horizontal ones), yet its text prints table rows, numbers side
// by side on one line with wide gaps and nothing between. Its rules are then found in its pixels
// (raster_rules.h).
bool prints_unruled_table(const Page& page);

}  // namespace ogi

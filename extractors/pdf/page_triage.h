#pragma once

#include "model/document.h"

namespace ogi {

// Whether a PDF page's text must come from OCR: its text layer is absent (a scan, a blank page),
// holds too little to be the page's text, or is mostly garbage (private-use code points from
// fonts without a Unicode map, replacement and control characters, Latin-1 mojibake).
bool needs_ocr(const Page& page);

}  // namespace ogi

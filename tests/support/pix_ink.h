#pragma once

// Drawing on a 1-bit Leptonica image in the tests that make pages and cells by hand
// (print_ink_test, broken_rules_test).
#include "extractors/ocr/image/lept_ptr.h"

namespace ogi::testing {

// Sets the pixels of the w x h rectangle at (x, y): ink on white paper.
inline void ink(PIX* pix, int x, int y, int w, int h) {
  pixRasterop(pix, x, y, w, h, PIX_SET, nullptr, 0, 0);
}

}  // namespace ogi::testing

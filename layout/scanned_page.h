#pragma once

#include <cstddef>

#include "model/document.h"

namespace ogi {

// Whether the page at 0-based `index` of `document` was read by OCR: what layout found there
// rests on readings, not on a text layer. False for an index outside the document.
inline bool on_scanned_page(const Document& document, int index) {
  return index >= 0 && static_cast<size_t>(index) < document.pages.size() &&
         document.pages[static_cast<size_t>(index)].from_ocr;
}

}  // namespace ogi

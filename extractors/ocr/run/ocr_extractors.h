#pragma once

#include <string>

#include "model/document.h"

namespace ogi {

// A PDF read by its text layer where it has one and by OCR where it does not (page triage): the
// born-digital pages as extract_pdf reads them, the scanned ones rendered at 300 dpi and
// recognized, listed in Document::ocr_pages and marked Page::from_ocr. A born-digital page whose
// text prints a table its vector content draws no rule for (raster_rules.h) is rendered too, and
// the rules found on it join the page's rulings; its text stays the text layer's.
Document extract_pdf_with_ocr(const std::string& path);

// A PNG, JPEG or TIFF (every frame a page), recognized page by page; format "image".
Document extract_image(const std::string& path);

}  // namespace ogi

#pragma once

#include <string>

#include "model/document.h"

namespace ogi {

// The PDF backend the registry runs: a PDF read by its text layer where it has one and by OCR
// where it does not (page triage): the born-digital pages as extract_pdf reads them, the scanned
// ones rendered at 300 dpi and recognized by the OCR room, listed in Document::ocr_pages and
// marked Page::from_ocr. A born-digital page whose text prints a table its vector content draws
// no rule for (prints_unruled_table) is rendered too, and the rules found on it join the page's
// rulings; its text stays the text layer's.
Document extract_pdf_with_ocr(const std::string& path);

}  // namespace ogi

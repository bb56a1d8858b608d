#pragma once

#include <string>

#include "model/document.h"

namespace ogi {

// Reads a born-digital PDF with Poppler into pages: size and rotation, one TextRun per word with
// character boxes, and the ruling lines drawn on each page. Tables and paragraphs are left to
// layout (rebuild_structure), which rebuilds them from this geometry as it will for OCR pages.
// Throws ExtractError (encrypted, truncated, corrupt_pdf, no_pages) for unreadable files.
Document extract_pdf(const std::string& path);

}  // namespace ogi

#pragma once

#include <string>
#include <vector>

#include "model/document.h"

namespace ogi {

// What a PDF's pages need of their pictures, once page triage has looked at the text layer: the
// `scanned` pages (0-based) read by OCR into `document` (put_ocr_pages), and on the `unruled`
// pages, whose text prints a table the vector content draws no rule for, the rules found on the
// rendered page added to the page's rulings (raster_rulings).
void read_rendered_pages(Document& document, const std::string& path,
                         const std::vector<int>& scanned, const std::vector<int>& unruled);

}  // namespace ogi

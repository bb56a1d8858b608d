#pragma once

#include <vector>

#include "extractors/ocr/image/page_source.h"
#include "model/document.h"

namespace ogi {

// Reads the given pages of `source` by OCR on OcrWorkers' threads (ocr_workers.h). The unit of
// work is a table cell or a page's text outside its tables rather than a whole page, so that all
// threads stay busy to the end although pages differ in cost; a few pages at a time are prepared
// and read, so a long scan never holds all its page images. Pages come back in the order asked
// for, the same whatever the number of threads. Rethrows the first task's exception
// (ExtractError when the model cannot be loaded).
std::vector<Page> ocr_pages(const PageSource& source, const std::vector<int>& page_indices);

}  // namespace ogi

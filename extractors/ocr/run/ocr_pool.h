#pragma once

#include <vector>

#include "extractors/ocr/image/page_source.h"
#include "model/document.h"

namespace ogi {

// Reads the given pages of `source` by OCR on OcrWorkers' threads (ocr_workers.h). The unit of
// work is a table cell or a page's text outside its tables rather than a whole page, so that all
// threads stay busy to the end although pages differ in cost; a few pages at a time are prepared
// and read, so a long scan never holds all its page images. For each page asked for, in that
// order, the pages it holds: itself, or the left and the right page of a 2-up sheet (two_up.h);
// the same whatever the number of threads. Every page, its runs and its rulings carry the index
// of the page of `source` it came from: the caller numbers them where a split moves pages on.
// Rethrows the first task's exception (ExtractError when the model cannot be loaded).
std::vector<std::vector<Page>> ocr_pages(const PageSource& source,
                                         const std::vector<int>& page_indices);

}  // namespace ogi

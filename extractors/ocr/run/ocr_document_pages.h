#pragma once

#include <vector>

#include "extractors/ocr/image/page_source.h"
#include "model/document.h"

namespace ogi {

// The page OCR service other backends call: the given 0-based pages of `source` read by OCR
// (ocr_pool.h) take the place of the document's pages at those indices (the page list grows to
// hold them), marked Page::from_ocr, keeping the replaced page's Page::ocr_reason, and listed
// 1-based in Document::ocr_pages. A 2-up sheet
// becomes two pages, left then right, and is listed in Document::split_sheets; the pages after
// it move on by one (their numbers, runs and rulings say so), so that page numbers, ocr_pages and
// the page count all count the pages of the document, not the sheets of the file. At most
// ReadLimits::kMaxOcrPages pages are read, the first ones; past that the document gets the issue
// `ocr_page_limit`; when the first ReadLimits::kOcrPagesWithoutChinese of them hold no Chinese
// character, the others are skipped (`ocr_no_text`).
void put_ocr_pages(Document& document, const PageSource& source,
                   const std::vector<int>& scanned_pages);

}  // namespace ogi

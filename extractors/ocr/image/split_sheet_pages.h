#pragma once

#include <memory>
#include <string>
#include <vector>

#include "extractors/ocr/image/page_source.h"
#include "model/document.h"

namespace ogi {

// The pages of a document whose 2-up sheets (`split`, as Document::split_sheets lists them) were
// read as two pages each: page i is rendered from the page of `sheets` it came from and, for the
// half of a split sheet, cut as split_two_up cut it when the document was read (it is
// deterministic), so that a box on a document page still points at the same pixels. With no
// split sheet, the pages of `sheets` as they are.
std::unique_ptr<PageSource> split_sheet_pages(std::unique_ptr<PageSource> sheets,
                                              std::vector<SplitSheet> split);

// The pages of the file at `path` as its document numbers them: split_sheet_pages over the file's
// sheets, an image file's frames (`format` "image") or else a PDF's pages. Throws ExtractError
// when the file cannot be opened.
std::unique_ptr<PageSource> document_pages(const std::string& path, const std::string& format,
                                           std::vector<SplitSheet> split);

}  // namespace ogi

#include "extractors/ocr/run/ocr_document_pages.h"

#include "extractors/ocr/run/ocr_pool.h"

namespace ogi {

void put_ocr_pages(Document& document, const PageSource& source,
                   const std::vector<int>& page_indices) {
  std::vector<Page> pages = ocr_pages(source, page_indices);
  for (size_t i = 0; i < page_indices.size(); ++i) {
    const size_t index = static_cast<size_t>(page_indices[i]);
    if (index >= document.pages.size()) document.pages.resize(index + 1);
    document.pages[index] = std::move(pages[i]);
    document.ocr_pages.push_back(page_indices[i] + 1);
  }
}

}  // namespace ogi

#include "extractors/ocr/run/ocr_document_pages.h"

#include <string>

#include "extractors/ocr/run/ocr_pool.h"
#include "extractors/read_limits.h"

namespace ogi {
namespace {

// Gives a page, its runs and its rulings the 0-based index `index` in the document.
void number_page(Page& page, int index) {
  page.number = index + 1;
  for (TextRun& run : page.runs) run.page = index;
  for (RulingSegment& rule : page.rulings) rule.page = index;
}

}  // namespace

void put_ocr_pages(Document& document, const PageSource& source,
                   const std::vector<int>& scanned_pages) {
  std::vector<int> page_indices = scanned_pages;
  if (page_indices.size() > static_cast<size_t>(ReadLimits::kMaxOcrPages)) {
    page_indices.resize(static_cast<size_t>(ReadLimits::kMaxOcrPages));
    note_limit(document, "ocr_page_limit",
               std::to_string(scanned_pages.size()) + " pages need OCR; the first " +
                   std::to_string(page_indices.size()) + " were read (limit " +
                   std::to_string(ReadLimits::kMaxOcrPages) + " scanned pages per document)");
  }
  std::vector<std::vector<Page>> read = ocr_pages(source, page_indices);
  // The pages of the file, each as the pages of the document it gives: itself as read so far, or
  // what OCR read there (two pages for a 2-up sheet).
  std::vector<std::vector<Page>> sheets(document.pages.size());
  for (size_t i = 0; i < document.pages.size(); ++i) {
    sheets[i].push_back(std::move(document.pages[i]));
  }
  for (size_t i = 0; i < page_indices.size(); ++i) {
    const size_t index = static_cast<size_t>(page_indices[i]);
    if (index >= sheets.size()) sheets.resize(index + 1, std::vector<Page>(1));
    sheets[index] = std::move(read[i]);
  }
  document.pages.clear();
  document.ocr_pages.clear();
  for (size_t sheet = 0; sheet < sheets.size(); ++sheet) {
    const int first = static_cast<int>(document.pages.size());
    if (sheets[sheet].size() == 2) {
      document.split_sheets.push_back({static_cast<int>(sheet) + 1, first + 1});
    }
    for (Page& page : sheets[sheet]) {
      number_page(page, static_cast<int>(document.pages.size()));
      if (page.from_ocr) document.ocr_pages.push_back(page.number);
      document.pages.push_back(std::move(page));
    }
  }
}

}  // namespace ogi

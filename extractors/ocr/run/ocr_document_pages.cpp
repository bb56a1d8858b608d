#include "extractors/ocr/run/ocr_document_pages.h"

#include <algorithm>
#include <string>

#include "extractors/ocr/run/ocr_pool.h"
#include "extractors/read_limits.h"
#include "model/utf8.h"

namespace ogi {
namespace {

// Gives a page, its runs and its rulings the 0-based index `index` in the document.
void number_page(Page& page, int index) {
  page.number = index + 1;
  for (TextRun& run : page.runs) run.page = index;
  for (RulingSegment& rule : page.rulings) rule.page = index;
}

bool holds_chinese(const std::vector<std::vector<Page>>& sheets) {
  for (const std::vector<Page>& pages : sheets) {
    for (const Page& page : pages) {
      for (const TextRun& run : page.runs) {
        for (char32_t c : utf8_to_u32(run.text)) {
          if (c >= U'\u4E00' && c <= U'\u9FFF') return true;
        }
      }
    }
  }
  return false;
}

// The pages at `page_indices` read by OCR: the first kOcrPagesWithoutChinese, then the others
// only if those held a Chinese character. `page_indices` keeps the pages read.
std::vector<std::vector<Page>> read_while_worth_it(Document& document, const PageSource& source,
                                                   std::vector<int>& page_indices) {
  const size_t first =
      std::min(page_indices.size(), static_cast<size_t>(ReadLimits::kOcrPagesWithoutChinese));
  const std::vector<int> first_pages(page_indices.begin(), page_indices.begin() + first);
  std::vector<std::vector<Page>> read = ocr_pages(source, first_pages);
  if (first == page_indices.size()) return read;
  if (!holds_chinese(read)) {
    note_limit(document, "ocr_no_text",
               "the first " + std::to_string(first) + " scanned pages hold no Chinese text; the " +
                   std::to_string(page_indices.size() - first) + " after them were not read");
    page_indices.resize(first);
    return read;
  }
  const std::vector<int> rest(page_indices.begin() + first, page_indices.end());
  for (std::vector<Page>& pages : ocr_pages(source, rest)) read.push_back(std::move(pages));
  return read;
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
  std::vector<std::vector<Page>> read = read_while_worth_it(document, source, page_indices);
  for (const std::string& cut : source.cut_renders())
    note_limit(document, "pdf_operator_limit", cut);
  // The pages of the file, each as the pages of the document it gives: itself as read so far, or
  // what OCR read there (two pages for a 2-up sheet).
  std::vector<std::vector<Page>> sheets(document.pages.size());
  for (size_t i = 0; i < document.pages.size(); ++i) {
    sheets[i].push_back(std::move(document.pages[i]));
  }
  for (size_t i = 0; i < page_indices.size(); ++i) {
    const size_t index = static_cast<size_t>(page_indices[i]);
    if (index >= sheets.size()) sheets.resize(index + 1, std::vector<Page>(1));
    for (Page& page : read[i]) page.ocr_reason = sheets[index].front().ocr_reason;
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

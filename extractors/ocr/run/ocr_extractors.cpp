#include "extractors/ocr/run/ocr_extractors.h"

#include "extractors/ocr/run/ocr_pool.h"
#include "extractors/ocr/image/page_source.h"
#include "extractors/pdf/page_triage.h"
#include "extractors/ocr/image/raster_rules.h"
#include "extractors/pdf/pdf_extractor.h"

namespace ogi {
namespace {

void replace_pages(Document& document, const PageSource& source, const std::vector<int>& indices) {
  std::vector<Page> pages = ocr_pages(source, indices);
  for (size_t i = 0; i < indices.size(); ++i) {
    const size_t index = static_cast<size_t>(indices[i]);
    if (index >= document.pages.size()) document.pages.resize(index + 1);
    document.pages[index] = std::move(pages[i]);
    document.ocr_pages.push_back(indices[i] + 1);
  }
}

}  // namespace

Document extract_pdf_with_ocr(const std::string& path) {
  Document document = extract_pdf(path);
  std::vector<int> scanned;
  std::vector<int> unruled;
  for (size_t i = 0; i < document.pages.size(); ++i) {
    if (needs_ocr(document.pages[i])) {
      scanned.push_back(static_cast<int>(i));
    } else if (prints_unruled_table(document.pages[i])) {
      unruled.push_back(static_cast<int>(i));
    }
  }
  if (scanned.empty() && unruled.empty()) return document;
  const std::unique_ptr<PageSource> source = open_pdf_pages(path);
  for (int index : unruled) {
    std::vector<RulingSegment>& rulings = document.pages[static_cast<size_t>(index)].rulings;
    for (const RulingSegment& rule : raster_rulings(source->render(index), index)) {
      rulings.push_back(rule);
    }
  }
  if (!scanned.empty()) replace_pages(document, *source, scanned);
  return document;
}

Document extract_image(const std::string& path) {
  const std::unique_ptr<PageSource> source = open_image_pages(path);
  Document document;
  document.format = "image";
  std::vector<int> all(source->page_count());
  for (size_t i = 0; i < all.size(); ++i) all[i] = static_cast<int>(i);
  replace_pages(document, *source, all);
  return document;
}

}  // namespace ogi

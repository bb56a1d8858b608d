#include "extractors/pdf/pdf_backend.h"

#include "extractors/ocr/image/page_source.h"
#include "extractors/ocr/image/raster_rules.h"
#include "extractors/ocr/run/ocr_document_pages.h"
#include "extractors/pdf/page_triage.h"
#include "extractors/pdf/pdf_extractor.h"

namespace ogi {

Document extract_pdf_with_ocr(const std::string& path) {
  Document document = extract_pdf(path);
  std::vector<int> scanned;
  std::vector<int> unruled;
  for (size_t i = 0; i < document.pages.size(); ++i) {
    const TextLayerFault fault = text_layer_fault(document.pages[i]);
    if (fault != TextLayerFault::kNone) {
      document.pages[i].ocr_reason = describe(fault);
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
  if (!scanned.empty()) put_ocr_pages(document, *source, scanned);
  return document;
}

}  // namespace ogi

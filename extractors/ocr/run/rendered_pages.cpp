#include "extractors/ocr/run/rendered_pages.h"

#include <memory>

#include "extractors/ocr/image/page_source.h"
#include "extractors/ocr/image/raster_rules.h"
#include "extractors/ocr/run/ocr_document_pages.h"

namespace ogi {

void read_rendered_pages(Document& document, const std::string& path,
                         const std::vector<int>& scanned, const std::vector<int>& unruled) {
  if (scanned.empty() && unruled.empty()) return;
  const std::unique_ptr<PageSource> source = open_pdf_pages(path);
  for (int index : unruled) {
    std::vector<RulingSegment>& rulings = document.pages[static_cast<size_t>(index)].rulings;
    for (const RulingSegment& rule : raster_rulings(source->render(index), index)) {
      rulings.push_back(rule);
    }
  }
  if (!scanned.empty()) put_ocr_pages(document, *source, scanned);
}

}  // namespace ogi

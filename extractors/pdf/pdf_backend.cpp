#include "extractors/pdf/pdf_backend.h"

#include "extractors/extract_error.h"
#include "extractors/ocr_module/ocr_module.h"
#include "extractors/pdf/page_triage.h"
#include "extractors/pdf/page_turn.h"
#include "extractors/pdf/pdf_extractor.h"
#include "extractors/read_limits.h"

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
  try {
    const RenderedOrientation as_rendered(document, unruled);
    ocr_module().read_rendered_pages(document, path, scanned, unruled);
  } catch (const ExtractError& error) {
    // Pages with a text layer are read without the OCR module; only their pixel rules are lost.
    if (!scanned.empty() || error.code() != "ocr_unavailable") throw;
    note_limit(
        document, error.code(),
        std::string("rules drawn as pixels on the text pages were not read: ") + error.what());
  }
  return document;
}

}  // namespace ogi

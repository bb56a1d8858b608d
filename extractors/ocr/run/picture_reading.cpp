#include "extractors/ocr/run/picture_reading.h"

#include "extractors/extract_error.h"
#include "extractors/ocr/image/page_source.h"
#include "extractors/ocr/run/ocr_document_pages.h"

namespace ogi {

std::vector<std::string> read_pictures(Document& document,
                                       const std::vector<std::string>& pictures) {
  std::vector<std::string> refused(pictures.size());
  std::vector<int> readable;
  // Checked before OCR starts: a picture that fails while the pool reads would stop every page.
  for (size_t i = 0; i < pictures.size(); ++i) {
    try {
      check_picture(pictures[i]);
      readable.push_back(static_cast<int>(i));
    } catch (const ExtractError& error) {
      refused[i] = error.code() + ": " + error.what();
    }
  }
  if (document.pages.size() < pictures.size()) {
    document.pages.resize(pictures.size());
  }
  const std::unique_ptr<PageSource> source = open_picture_pages(pictures);
  put_ocr_pages(document, *source, readable);
  return refused;
}

}  // namespace ogi

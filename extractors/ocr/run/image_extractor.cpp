#include "extractors/ocr/run/image_extractor.h"

#include "extractors/ocr/image/page_source.h"
#include "extractors/ocr/run/ocr_document_pages.h"

namespace ogi {

Document extract_image(const std::string& path) {
  const std::unique_ptr<PageSource> source = open_image_pages(path);
  Document document;
  document.format = "image";
  std::vector<int> all(source->page_count());
  for (size_t i = 0; i < all.size(); ++i) all[i] = static_cast<int>(i);
  put_ocr_pages(document, *source, all);
  return document;
}

}  // namespace ogi

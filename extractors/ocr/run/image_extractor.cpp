#include "extractors/ocr/run/image_extractor.h"

#include <algorithm>
#include <string>

#include "extractors/ocr/image/page_source.h"
#include "extractors/ocr/run/ocr_document_pages.h"
#include "extractors/read_limits.h"

namespace ogi {

Document extract_image(const std::string& path) {
  const std::unique_ptr<PageSource> source = open_image_pages(path);
  Document document;
  document.format = "image";
  const int frames = source->page_count();
  // A TIFF of 10 000 frames was read by OCR frame by frame; a report has at most ~50 pages.
  const int read = std::min(frames, ReadLimits::kMaxPages);
  if (read < frames) {
    note_limit(document, "page_limit",
               "the image has " + std::to_string(frames) + " pages; the first " +
                   std::to_string(read) + " were read (limit " +
                   std::to_string(ReadLimits::kMaxPages) + " pages per document)");
  }
  std::vector<int> all(static_cast<size_t>(read));
  for (size_t i = 0; i < all.size(); ++i) all[i] = static_cast<int>(i);
  put_ocr_pages(document, *source, all);
  return document;
}

}  // namespace ogi

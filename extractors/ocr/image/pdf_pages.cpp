#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <cstring>

#include "extractors/extract_error.h"
#include "extractors/ocr/image/page_source.h"

namespace ogi {
namespace {

constexpr double kPointsPerInch = 72;

// Rendering shares one Poppler document, which is not safe to use from two threads at once; a
// render is a small part of a page's OCR time, so a lock costs little.
class PdfPages : public PageSource {
 public:
  explicit PdfPages(std::unique_ptr<poppler::document> document) : document_(std::move(document)) {}

  int page_count() const override { return document_->pages(); }

  RasterPage render(int page_index) const override {
    const std::lock_guard<std::mutex> lock(mutex_);
    const std::unique_ptr<poppler::page> page(document_->create_page(page_index));
    if (!page) throw ExtractError("corrupt_pdf", "a page of the PDF cannot be rendered");
    poppler::page_renderer renderer;
    renderer.set_render_hint(poppler::page_renderer::antialiasing);
    renderer.set_image_format(poppler::image::format_gray8);
    const poppler::image image = renderer.render_page(page.get(), kOcrDpi, kOcrDpi);
    if (!image.is_valid())
      throw ExtractError("corrupt_pdf", "a page of the PDF cannot be rendered");
    RasterPage raster;
    raster.gray = to_pix(image);
    raster.dpi = kOcrDpi;
    raster.width = image.width() * kPointsPerInch / kOcrDpi;
    raster.height = image.height() * kPointsPerInch / kOcrDpi;
    return raster;
  }

 private:
  static PixPtr to_pix(const poppler::image& image) {
    PixPtr pix(pixCreate(image.width(), image.height(), 8));
    const char* data = image.const_data();
    for (int y = 0; y < image.height(); ++y) {
      const auto* row = reinterpret_cast<const unsigned char*>(data + y * image.bytes_per_row());
      l_uint32* line = pixGetData(pix.get()) + y * pixGetWpl(pix.get());
      for (int x = 0; x < image.width(); ++x) l_setDataByte(line, x, row[x]);
    }
    pixSetResolution(pix.get(), static_cast<int>(kOcrDpi), static_cast<int>(kOcrDpi));
    return pix;
  }

  std::unique_ptr<poppler::document> document_;
  mutable std::mutex mutex_;
};

// Poppler reports the damage it repairs on stderr, thousands of lines for a mangled font; what
// matters reaches the record as ExtractError or a document issue instead (as pdf_extractor.cpp).
void ignore_poppler_message(const std::string&, void*) {}

}  // namespace

std::unique_ptr<PageSource> open_pdf_pages(const std::string& path) {
  poppler::set_debug_error_function(ignore_poppler_message, nullptr);
  std::unique_ptr<poppler::document> document(poppler::document::load_from_file(path));
  if (!document) throw ExtractError("corrupt_pdf", "the PDF cannot be opened for rendering");
  if (document->is_locked()) throw ExtractError("encrypted", "the PDF needs a password");
  return std::make_unique<PdfPages>(std::move(document));
}

}  // namespace ogi

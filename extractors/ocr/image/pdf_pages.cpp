#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <cstring>

#include "extractors/extract_error.h"
#include "extractors/ocr/image/page_source.h"
#include "extractors/ocr/image/stamp_colour.h"

namespace ogi {
namespace {

constexpr double kPointsPerInch = 72;
// Resolution of the thumbnail that decides whether a page is rendered in colour: a 4 cm seal is
// still about 50 pixels across, and the thumbnail of an A4 page costs about 90 thousand pixels.
constexpr double kThumbnailDpi = 30;

// Pages are rendered in colour only when a thumbnail shows colour on them: a scan with a seal is
// turned to grey without the seal's red (stamp_colour.h), a grey or 1-bit page pays for the
// thumbnail only (a 300 dpi colour rendering is three times the bytes of a grey one). Rendering
// shares one Poppler document, which is not safe to use from two threads at once; a render is a
// small part of a page's OCR time, so a lock costs little.
class PdfPages : public PageSource {
 public:
  explicit PdfPages(std::unique_ptr<poppler::document> document) : document_(std::move(document)) {}

  int page_count() const override { return document_->pages(); }

  RasterPage render(int page_index) const override {
    poppler::image image = rendered(page_index);
    RasterPage raster;
    raster.gray = image.format() == poppler::image::format_gray8 ? gray_pix(image)
                                                                 : gray_without_stamps(rows(image));
    if (!raster.gray) throw ExtractError("corrupt_pdf", "a page of the PDF cannot be rendered");
    pixSetResolution(raster.gray.get(), static_cast<int>(kOcrDpi), static_cast<int>(kOcrDpi));
    raster.dpi = kOcrDpi;
    raster.width = image.width() * kPointsPerInch / kOcrDpi;
    raster.height = image.height() * kPointsPerInch / kOcrDpi;
    return raster;
  }

 private:
  // The page at kOcrDpi: RGB when its thumbnail shows colour, grey otherwise.
  poppler::image rendered(int page_index) const {
    const std::lock_guard<std::mutex> lock(mutex_);
    const std::unique_ptr<poppler::page> page(document_->create_page(page_index));
    if (!page) throw ExtractError("corrupt_pdf", "a page of the PDF cannot be rendered");
    const poppler::image thumbnail = render_at(*page, kThumbnailDpi, poppler::image::format_rgb24);
    const bool colour = has_colour(rows(thumbnail));
    return render_at(*page, kOcrDpi,
                     colour ? poppler::image::format_rgb24 : poppler::image::format_gray8);
  }

  static poppler::image render_at(poppler::page& page, double dpi,
                                  poppler::image::format_enum format) {
    poppler::page_renderer renderer;
    renderer.set_render_hint(poppler::page_renderer::antialiasing);
    renderer.set_image_format(format);
    poppler::image image = renderer.render_page(&page, dpi, dpi);
    if (!image.is_valid())
      throw ExtractError("corrupt_pdf", "a page of the PDF cannot be rendered");
    return image;
  }

  static RgbRows rows(const poppler::image& image) {
    RgbRows out;
    out.data = reinterpret_cast<const l_uint8*>(image.const_data());
    out.width = image.width();
    out.height = image.height();
    out.bytes_per_row = image.bytes_per_row();
    return out;  // rgb24: three bytes a pixel, red first
  }

  static PixPtr gray_pix(const poppler::image& image) {
    PixPtr pix(pixCreate(image.width(), image.height(), 8));
    if (!pix) return pix;
    const char* data = image.const_data();
    for (int y = 0; y < image.height(); ++y) {
      const auto* row = reinterpret_cast<const unsigned char*>(data + y * image.bytes_per_row());
      l_uint32* line = pixGetData(pix.get()) + y * pixGetWpl(pix.get());
      for (int x = 0; x < image.width(); ++x) l_setDataByte(line, x, row[x]);
    }
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

#include <PDFDoc.h>
#include <SplashOutputDev.h>
#include <splash/SplashBitmap.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <string>
#include <vector>

#include "extractors/common/pdf_content_budget.h"
#include "extractors/common/pdf_open.h"
#include "extractors/common/poppler_messages.h"
#include "extractors/extract_error.h"
#include "extractors/ocr/image/bounded_splash.h"
#include "extractors/ocr/image/captured_stderr.h"
#include "extractors/ocr/image/page_source.h"
#include "extractors/ocr/image/stamp_colour.h"
#include "extractors/read_limits.h"

namespace ogi {
namespace {

constexpr double kPointsPerInch = 72;
// Resolution of the thumbnail that decides whether a page is rendered in colour: a 4 cm seal is
// still about 50 pixels across, and the thumbnail of an A4 page costs about 90 thousand pixels.
constexpr double kThumbnailDpi = 30;

// A rendered page: Splash's bitmap, owned.
struct Rendered {
  std::unique_ptr<SplashBitmap> bitmap;
  double dpi = 0;
};

RgbRows rows(SplashBitmap& bitmap) {
  RgbRows out;
  out.data = bitmap.getDataPtr();
  out.width = bitmap.getWidth();
  out.height = bitmap.getHeight();
  out.bytes_per_row = bitmap.getRowSize();
  return out;  // splashModeRGB8: three bytes a pixel, red first
}

PixPtr gray_pix(SplashBitmap& bitmap) {
  PixPtr pix(pixCreate(bitmap.getWidth(), bitmap.getHeight(), 8));
  if (!pix) return pix;
  const SplashColorPtr data = bitmap.getDataPtr();
  for (int y = 0; y < bitmap.getHeight(); ++y) {
    const unsigned char* row = data + static_cast<std::ptrdiff_t>(y) * bitmap.getRowSize();
    l_uint32* line = pixGetData(pix.get()) + y * pixGetWpl(pix.get());
    for (int x = 0; x < bitmap.getWidth(); ++x) l_setDataByte(line, x, row[x]);
  }
  return pix;
}

// Pages are rendered in colour only when a thumbnail shows colour on them: a scan with a seal is
// turned to grey without the seal's red (stamp_colour.h), a grey or 1-bit page pays for the
// thumbnail only (a 300 dpi colour rendering is three times the bytes of a grey one). Rendering
// shares one Poppler document, which is not safe to use from two threads at once; a render is a
// small part of a page's OCR time, so a lock costs little. Rendering goes through Splash directly
// (not poppler-cpp's page_renderer) for two things the latter cannot do: annotations are left out
// (a link border is not a table rule) and the content stream is bounded (ContentBudget).
class PdfPages : public PageSource {
 public:
  explicit PdfPages(const std::string& path) : document_(open_pdf(path)) {}

  int page_count() const override { return document_->getNumPages(); }

  std::vector<std::string> cut_renders() const override {
    const std::lock_guard<std::mutex> lock(mutex_);
    return cut_renders_;
  }

  RasterPage render(int page_index) const override {
    Rendered image = rendered(page_index);
    SplashBitmap& bitmap = *image.bitmap;
    RasterPage raster;
    raster.gray =
        bitmap.getMode() == splashModeMono8 ? gray_pix(bitmap) : gray_without_stamps(rows(bitmap));
    if (!raster.gray) throw ExtractError("corrupt_pdf", "a page of the PDF cannot be rendered");
    const int dpi = static_cast<int>(std::lround(image.dpi));
    pixSetResolution(raster.gray.get(), dpi, dpi);
    raster.dpi = image.dpi;
    raster.width = bitmap.getWidth() * kPointsPerInch / image.dpi;
    raster.height = bitmap.getHeight() * kPointsPerInch / image.dpi;
    return raster;
  }

 private:
  // The page at kOcrDpi (less for a page so large it would pass ReadLimits::kMaxRenderedPixels):
  // RGB when its thumbnail shows colour, grey otherwise.
  Rendered rendered(int page_index) const {
    const std::lock_guard<std::mutex> lock(mutex_);
    const int number = page_index + 1;
    const double square_inches = document_->getPageCropWidth(number) *
                                 document_->getPageCropHeight(number) /
                                 (kPointsPerInch * kPointsPerInch);
    double dpi = kOcrDpi;
    if (square_inches * dpi * dpi > ReadLimits::kMaxRenderedPixels) {
      dpi = std::sqrt(ReadLimits::kMaxRenderedPixels / square_inches);
    }
    const double thumbnail_dpi = std::min(kThumbnailDpi, dpi);
    Rendered thumbnail = render_at(number, thumbnail_dpi, splashModeRGB8);
    const bool colour = has_colour(rows(*thumbnail.bitmap));
    return render_at(number, dpi, colour ? splashModeRGB8 : splashModeMono8);
  }

  Rendered render_at(int number, double dpi, SplashColorMode mode) const {
    SplashColor paper = {0xff, 0xff, 0xff, 0xff};
    ContentBudget budget;
    BoundedSplash device(mode, paper, budget);
    // As poppler::page_renderer with its antialiasing hint: vector antialiasing only.
    device.setFontAntialias(false);
    device.setFreeTypeHinting(false, false);
    device.setVectorAntialias(true);
    device.startDoc(document_.get());
    budget.start_page();
    // Poppler's allocator prints "Bogus memory allocation size" on its own; never on our stderr.
    CapturedStderr quiet;
    document_->displayPageSlice(&device, number, dpi, dpi, /*rotate=*/0, /*useMediaBox=*/false,
                                /*crop=*/true, /*printing=*/false, -1, -1, -1, -1,
                                ContentBudget::abort_check, &budget, ContentBudget::draw_annotation,
                                nullptr, /*copyXRef=*/true);
    if (budget.page_stopped() && noted_pages_.insert(number).second) {
      cut_renders_.push_back("page " + std::to_string(number) +
                             " was rendered for OCR only in part: " + budget.stop_reason());
    }
    Rendered out;
    out.bitmap.reset(device.takeBitmap());
    out.dpi = dpi;
    if (!out.bitmap || out.bitmap->getWidth() <= 0 || out.bitmap->getHeight() <= 0) {
      throw ExtractError("corrupt_pdf", "a page of the PDF cannot be rendered");
    }
    return out;
  }

  PopplerMessages messages_;  // before the document: Poppler's globals outlive it
  std::unique_ptr<PDFDoc> document_;
  mutable std::mutex mutex_;
  // Pages whose rendering a limit cut short (both under mutex_: render_at runs under it).
  mutable std::vector<std::string> cut_renders_;
  mutable std::set<int> noted_pages_;
};

}  // namespace

std::unique_ptr<PageSource> open_pdf_pages(const std::string& path) {
  quiet_leptonica();
  return std::make_unique<PdfPages>(path);
}

}  // namespace ogi

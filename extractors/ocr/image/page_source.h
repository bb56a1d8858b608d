#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "extractors/ocr/image/lept_ptr.h"

namespace ogi {

// A page as pixels, with what is needed to map pixels back to PDF points.
struct RasterPage {
  PixPtr gray;       // 8 bpp
  double dpi = 0;    // pixels per inch of `gray`
  double width = 0;  // page size in points, the coordinates every page-based backend uses
  double height = 0;
};

// The resolution OCR reads at: Tesseract's LSTM models expect glyphs about 30-50 pixels high,
// which body text (10-12 pt) reaches at 300 dpi.
inline constexpr double kOcrDpi = 300;

// Where page images come from (a PDF rendered with Poppler, or image files). Safe to call from
// several threads: each call returns its own image.
class PageSource {
 public:
  virtual ~PageSource() = default;
  virtual int page_count() const = 0;
  // The page upright as printed (a PDF's /Rotate applied), as grey at about kOcrDpi. A page in
  // colour is turned to grey without its red and blue stamps (stamp_colour.h), so a seal over a
  // table neither hides the digits under it nor draws rules of its own.
  virtual RasterPage render(int page_index) const = 0;
  // One line for each page whose rendering a limit (ReadLimits) cut short so far, e.g. "page 1 was
  // rendered for OCR only in part: a pattern of ... tiles": empty for nearly every file.
  virtual std::vector<std::string> cut_renders() const { return {}; }
};

// Renders PDF pages with poppler::page_renderer. Throws ExtractError when the file cannot be
// opened.
std::unique_ptr<PageSource> open_pdf_pages(const std::string& path);

// Reads PNG, JPEG and TIFF (every frame of a multi-page TIFF) with Leptonica. Throws ExtractError
// ("corrupt_image") when the file cannot be decoded.
std::unique_ptr<PageSource> open_image_pages(const std::string& path);

// Pictures a document shows (PNG, JPEG or TIFF bytes; a TIFF's first frame), one page each. A
// picture that does not say its resolution is taken to be as wide as A4, at 150 dpi at least; no
// page passes ReadLimits::kMaxRenderedPixels. render() throws as open_image_pages' does.
std::unique_ptr<PageSource> open_picture_pages(std::vector<std::string> pictures);

// Throws ExtractError ("image_too_large", "corrupt_image") when the picture cannot be a page.
void check_picture(const std::string& bytes);

}  // namespace ogi

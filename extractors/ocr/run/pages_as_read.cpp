#include "extractors/ocr/run/pages_as_read.h"

#include <memory>

#include "extractors/ocr/image/page_prep.h"
#include "extractors/ocr/image/page_source.h"
#include "extractors/ocr/image/split_sheet_pages.h"

namespace ogi {
namespace {

GrayImage page_as_read(const PageSource& pages, const PageView& view, double dpi) {
  if (view.page_index < 0 || view.page_index >= pages.page_count()) return {};
  const RasterPage raster = pages.render(view.page_index);
  // Straightened too: runs and rules are where the straightened page has them.
  PixPtr gray = upright_view(raster, view.turned / 90);
  const auto scale = static_cast<float>(dpi / raster.dpi);
  if (gray) gray.reset(pixScale(gray.get(), scale, scale));
  if (!gray) return {};
  GrayImage image;
  image.width = static_cast<int>(pixGetWidth(gray.get()));
  image.height = static_cast<int>(pixGetHeight(gray.get()));
  image.pixels.reserve(static_cast<size_t>(image.width) * static_cast<size_t>(image.height));
  for (int y = 0; y < image.height; ++y) {
    const l_uint32* line = pixGetData(gray.get()) + y * pixGetWpl(gray.get());
    for (int x = 0; x < image.width; ++x) {
      image.pixels.push_back(static_cast<std::uint8_t>(GET_DATA_BYTE(line, x)));
    }
  }
  return image;
}

}  // namespace

std::vector<GrayImage> pages_as_read(const std::string& path, const std::string& format,
                                     const std::vector<SplitSheet>& split_sheets,
                                     const std::vector<PageView>& views, double dpi) {
  const std::unique_ptr<PageSource> pages = document_pages(path, format, split_sheets);
  std::vector<GrayImage> images;
  for (const PageView& view : views) images.push_back(page_as_read(*pages, view, dpi));
  return images;
}

}  // namespace ogi

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <vector>

#include "extractors/extract_error.h"
#include "extractors/ocr/image/captured_stderr.h"
#include "extractors/ocr/image/page_source.h"
#include "extractors/ocr/image/stamp_colour.h"
#include "extractors/read_limits.h"

namespace ogi {
namespace {

constexpr double kPointsPerInch = 72;
// A4's shorter side: the page size assumed when an image does not say its resolution.
constexpr double kA4ShortInches = 8.27;
// Resolutions below this are not believed (72 and 96 are screen defaults, not scan settings).
constexpr int kMinPlausibleDpi = 100;

std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

bool is_tiff(const std::string& bytes) {
  return bytes.starts_with(std::string("II*\0", 4)) || bytes.starts_with(std::string("MM\0*", 4));
}

int tiff_frame_count(const std::string& bytes) {
  const std::unique_ptr<FILE, int (*)(FILE*)> file(
      fmemopen(const_cast<char*>(bytes.data()), bytes.size(), "rb"), fclose);
  int count = 0;
  if (!file || tiffGetCount(file.get(), &count) != 0) return 0;
  return count;
}

double image_dpi(Pix* pix) {
  const int resolution = pixGetXRes(pix);
  if (resolution >= kMinPlausibleDpi) return resolution;
  return std::min(pixGetWidth(pix), pixGetHeight(pix)) / kA4ShortInches;
}

// The image as 8 bpp grey. A colour image (or a palette with colours) goes through
// gray_without_stamps, so red and blue stamps become paper; 1-bit and grey images are converted
// as they are, never widened to colour.
PixPtr to_gray(PixPtr pix) {
  if (!pix) return pix;
  if (PIXCMAP* colormap = pixGetColormap(pix.get())) {
    l_int32 coloured = 0;
    pixcmapHasColor(colormap, &coloured);
    pix.reset(pixRemoveColormap(pix.get(),
                                coloured ? REMOVE_CMAP_TO_FULL_COLOR : REMOVE_CMAP_TO_GRAYSCALE));
    if (!pix) return pix;
  }
  if (pixGetDepth(pix.get()) == 32) return gray_without_stamps(rgb_rows(pix.get()));
  return PixPtr(pixConvertTo8(pix.get(), 0));
}

// The header's pixel count checked against ReadLimits::kMaxPagePixels before decoding: a decoder
// allocates every pixel the header claims before reading any data.
void check_pixel_count(const std::string& bytes, int frame) {
  const auto* data = reinterpret_cast<const l_uint8*>(bytes.data());
  l_int32 width = 0, height = 0, bps = 0, spp = 0, res = 0, cmap = 0, format = 0;
  const bool read = is_tiff(bytes) ? readHeaderMemTiff(data, bytes.size(), frame, &width, &height,
                                                       &bps, &spp, &res, &cmap, &format) == 0
                                   : pixReadHeaderMem(data, bytes.size(), &format, &width, &height,
                                                      &bps, &spp, &cmap) == 0;
  if (read && static_cast<double>(width) * height > ReadLimits::kMaxPagePixels) {
    throw ExtractError("image_too_large",
                       "the image is " + std::to_string(width) + " x " + std::to_string(height) +
                           " pixels, more than the limit of " +
                           std::to_string(static_cast<long>(ReadLimits::kMaxPagePixels)) +
                           " pixels per page");
  }
}

// The frame decoded, or ExtractError naming why not in one line: what libjpeg, libpng or libtiff
// said is captured (never printed) and put in the message.
PixPtr decoded(const std::string& bytes, int frame) {
  const auto* data = reinterpret_cast<const l_uint8*>(bytes.data());
  CapturedStderr capture;
  check_pixel_count(bytes, frame);
  PixPtr pix(is_tiff(bytes) ? pixReadMemTiff(data, bytes.size(), frame)
                            : pixReadMem(data, bytes.size()));
  const std::string complaint = decoder_complaint(capture.finish());
  if (pix) return pix;
  // libpng refuses a side over its own limit (a million pixels) before our pixel count can.
  if (complaint.find("exceeds user limit") != std::string::npos) {
    throw ExtractError("image_too_large",
                       "the image is larger than the decoder accepts (" + complaint + ")");
  }
  throw ExtractError("corrupt_image", complaint.empty()
                                          ? std::string("the image cannot be decoded")
                                          : "the image cannot be decoded (" + complaint + ")");
}

// `pix` as a page at `dpi`, in grey at about kOcrDpi, scaled down further when the page would
// pass ReadLimits::kMaxRenderedPixels (a picture 100 pixels wide and 20 000 high, its width taken
// for a page's, would otherwise grow past a billion pixels).
RasterPage raster_page(PixPtr pix, double dpi) {
  RasterPage raster;
  raster.width = pixGetWidth(pix.get()) * kPointsPerInch / dpi;
  raster.height = pixGetHeight(pix.get()) * kPointsPerInch / dpi;
  PixPtr gray = to_gray(std::move(pix));
  if (!gray) throw ExtractError("corrupt_image", "the image has an unsupported pixel format");
  const double pixels = static_cast<double>(pixGetWidth(gray.get())) * pixGetHeight(gray.get());
  const double most = std::sqrt(ReadLimits::kMaxRenderedPixels / pixels);
  const float scale = static_cast<float>(std::min(kOcrDpi / dpi, most));
  if (std::fabs(scale - 1) > 0.2f) gray.reset(pixScale(gray.get(), scale, scale));
  raster.dpi = pixGetWidth(gray.get()) * kPointsPerInch / raster.width;
  raster.gray = std::move(gray);
  return raster;
}

// Every frame is decoded on demand from the file's bytes, so a long TIFF never sits in memory
// decoded all at once.
class ImagePages : public PageSource {
 public:
  explicit ImagePages(std::string bytes)
      : bytes_(std::move(bytes)), frames_(is_tiff(bytes_) ? tiff_frame_count(bytes_) : 1) {}

  int page_count() const override { return frames_; }

  RasterPage render(int page_index) const override {
    PixPtr pix = decoded(bytes_, page_index);
    const double dpi = image_dpi(pix.get());
    return raster_page(std::move(pix), dpi);
  }

 private:
  std::string bytes_;
  int frames_;
};

// A picture that does not say its resolution is taken at least at this one: a picture of a
// table narrower than the page (690 pixels of 表二 drawn at 154 dpi) taken as wide as A4 would be
// enlarged 3.6 times, its digits past the height Tesseract reads best (15 read as 1).
constexpr double kMinPictureDpi = 150;

// A picture's resolution: its own when plausible, else the one that makes it as wide as A4 (a
// picture of a page or of a table fills the page's width, whatever its height), at least
// kMinPictureDpi.
double picture_dpi(Pix* pix) {
  const int resolution = pixGetXRes(pix);
  if (resolution >= kMinPlausibleDpi) return resolution;
  return std::max(pixGetWidth(pix) / kA4ShortInches, kMinPictureDpi);
}

// Pictures of a document, one page each (a TIFF's first frame), decoded on demand.
class PicturePages : public PageSource {
 public:
  explicit PicturePages(std::vector<std::string> pictures) : pictures_(std::move(pictures)) {}

  int page_count() const override { return static_cast<int>(pictures_.size()); }

  RasterPage render(int page_index) const override {
    PixPtr pix = decoded(pictures_.at(static_cast<size_t>(page_index)), 0);
    const double dpi = picture_dpi(pix.get());
    return raster_page(std::move(pix), dpi);
  }

 private:
  std::vector<std::string> pictures_;
};

}  // namespace

void check_picture(const std::string& bytes) {
  quiet_leptonica();
  PixPtr pix = decoded(bytes, 0);
  if (!to_gray(std::move(pix))) {
    throw ExtractError("corrupt_image", "the image has an unsupported pixel format");
  }
}

std::unique_ptr<PageSource> open_picture_pages(std::vector<std::string> pictures) {
  quiet_leptonica();
  return std::make_unique<PicturePages>(std::move(pictures));
}

std::unique_ptr<PageSource> open_image_pages(const std::string& path) {
  quiet_leptonica();
  std::string bytes = read_bytes(path);
  auto pages = std::make_unique<ImagePages>(std::move(bytes));
  if (pages->page_count() <= 0) throw ExtractError("corrupt_image", "the image holds no frame");
  return pages;
}

}  // namespace ogi

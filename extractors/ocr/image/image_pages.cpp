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
// Decoding allocates every pixel the header claims before reading any data, so a few bytes can
// demand gigabytes (20000 x 20000 RGB is 1.6 GB): the header is checked against
// ReadLimits::kMaxPagePixels first.

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

// Every frame is decoded on demand from the file's bytes, so a long TIFF never sits in memory
// decoded all at once.
class ImagePages : public PageSource {
 public:
  explicit ImagePages(std::string bytes)
      : bytes_(std::move(bytes)), frames_(is_tiff(bytes_) ? tiff_frame_count(bytes_) : 1) {}

  int page_count() const override { return frames_; }

  RasterPage render(int page_index) const override {
    PixPtr pix = decoded(page_index);
    const double dpi = image_dpi(pix.get());
    RasterPage raster;
    raster.width = pixGetWidth(pix.get()) * kPointsPerInch / dpi;
    raster.height = pixGetHeight(pix.get()) * kPointsPerInch / dpi;
    PixPtr gray = to_gray(std::move(pix));
    if (!gray) throw ExtractError("corrupt_image", "the image has an unsupported pixel format");
    const float scale = static_cast<float>(kOcrDpi / dpi);
    if (std::fabs(scale - 1) > 0.2f) gray.reset(pixScale(gray.get(), scale, scale));
    raster.dpi = pixGetWidth(gray.get()) * kPointsPerInch / raster.width;
    raster.gray = std::move(gray);
    return raster;
  }

 private:
  // The frame decoded, or ExtractError naming why not in one line: what libjpeg, libpng or
  // libtiff said is captured (never printed) and put in the message.
  PixPtr decoded(int page_index) const {
    const auto* data = reinterpret_cast<const l_uint8*>(bytes_.data());
    CapturedStderr capture;
    check_pixel_count(data, page_index);
    PixPtr pix(is_tiff(bytes_) ? pixReadMemTiff(data, bytes_.size(), page_index)
                               : pixReadMem(data, bytes_.size()));
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

  void check_pixel_count(const l_uint8* data, int page_index) const {
    l_int32 width = 0, height = 0, bps = 0, spp = 0, res = 0, cmap = 0, format = 0;
    const bool read = is_tiff(bytes_)
                          ? readHeaderMemTiff(data, bytes_.size(), page_index, &width, &height,
                                              &bps, &spp, &res, &cmap, &format) == 0
                          : pixReadHeaderMem(data, bytes_.size(), &format, &width, &height, &bps,
                                             &spp, &cmap) == 0;
    if (read && static_cast<double>(width) * height > ReadLimits::kMaxPagePixels) {
      throw ExtractError("image_too_large",
                         "the image is " + std::to_string(width) + " x " + std::to_string(height) +
                             " pixels, more than the limit of " +
                             std::to_string(static_cast<long>(ReadLimits::kMaxPagePixels)) +
                             " pixels per page");
    }
  }

  std::string bytes_;
  int frames_;
};

}  // namespace

std::unique_ptr<PageSource> open_image_pages(const std::string& path) {
  quiet_leptonica();
  std::string bytes = read_bytes(path);
  auto pages = std::make_unique<ImagePages>(std::move(bytes));
  if (pages->page_count() <= 0) throw ExtractError("corrupt_image", "the image holds no frame");
  return pages;
}

}  // namespace ogi

#include "extractors/ocr/image/stamp_colour.h"

#include <algorithm>
#include <bit>

namespace ogi {
namespace {

// A pixel is coloured when its channels differ by more than this: a semi-transparent seal on
// white differs by 90 and more, JPEG chroma noise of a grey page scanned in colour by 10 or less,
// yellowed paper by 30 to 40 (which is harmless: a grey page taken for colour only costs time).
constexpr int kMinChroma = 48;
// A page is coloured when this share of its thumbnail's pixels is: a 4 cm seal's star and ring
// at 30 dpi cover about 0.3 % of an A4 page, a few specks of colour noise far less.
constexpr double kMinColourShare = 2e-4;
// How far colour counts as near: colour is mapped in blocks of kBlock x kBlock pixels (the
// highest saturation of each), widened by one block each way, then smoothed over three blocks: a
// reach of 4 to 12 pixels, where a JPEG's colour bleeds over two of its pixels, three once rendered
// from 200 to 300 dpi. Blocks keep the map 16 times smaller than the page, and its morphology
// cheap.
constexpr int kBlock = 4;
// Saturation near a pixel up to this is a colour scan's noise around grey print: such a pixel
// keeps its luminance.
constexpr int kChromaNoise = 16;
// Saturation past the noise from which a pixel takes the stamp-free grey alone; below, the two
// greys are mixed, so no edge is drawn where colour begins.
constexpr int kFullColour = 32;
// The brightening where colour is near: 1 + kLift * saturation past the noise / 255, so 1.1 near a
// half-transparent seal (saturation 90) and 1.25 near an opaque one (185). A seal's ink passes
// 92-95 % of the light at its brightest channel, so print under it is darkened by about that much
// and this gives its grey back; more would thin the one-pixel rules of a table under the seal until
// binarization breaks them (and a cell's rule lost merges two cells).
constexpr double kLift = 0.4;
// Near colour, what is brightened past this is paper: the brightest channel of a seal's strokes
// (235 on 250 paper), and their outlines, which a JPEG leaves grey (200 to 235) because it keeps
// colour at half the resolution of brightness. The faintest trace of an outline is enough for
// Tesseract to read a stroke into a digit beside it (57 read as 5).
constexpr double kPaper = 215;

// Leptonica keeps pixels in 32-bit words, the first pixel in the most significant byte: in memory
// on a little-endian machine a word's bytes run backwards.
constexpr int kWordSwap = std::endian::native == std::endian::little ? 3 : 0;

// Pixel x of a row of an 8 bpp Leptonica image, read and written in place (Leptonica's own
// accessors are calls, which cost more than the arithmetic of a pixel here).
l_uint8& byte_at(l_uint32* line, int x) { return reinterpret_cast<l_uint8*>(line)[x ^ kWordSwap]; }

struct Channels {
  int luminance = 0;
  int high = 0;
  int low = 0;
};

Channels channels_at(const l_uint8* pixel, const RgbRows& rows) {
  const int r = pixel[rows.red], g = pixel[rows.green], b = pixel[rows.blue];
  return {(77 * r + 150 * g + 29 * b) >> 8, std::max({r, g, b}), std::min({r, g, b})};
}

// What the page's pixels measure: luminance (8 bpp, the rows' size) and the highest saturation of
// each block of kBlock x kBlock pixels (8 bpp, a kBlock-th of the size). The brightest channel is
// read again from the rows where colour is near, rather than kept for the whole page.
struct Measures {
  PixPtr luminance;
  PixPtr block_saturation;
};

Measures measure(const RgbRows& rows) {
  const int blocks_x = (rows.width + kBlock - 1) / kBlock;
  const int blocks_y = (rows.height + kBlock - 1) / kBlock;
  Measures out{PixPtr(pixCreate(rows.width, rows.height, 8)),
               PixPtr(pixCreate(blocks_x, blocks_y, 8))};
  if (!out.luminance || !out.block_saturation) return {};
  const int wpl = pixGetWpl(out.luminance.get());
  const int block_wpl = pixGetWpl(out.block_saturation.get());
  for (int y = 0; y < rows.height; ++y) {
    const l_uint8* row = rows.data + static_cast<long>(y) * rows.bytes_per_row;
    const long line = static_cast<long>(y) * wpl;
    l_uint32* luminance = pixGetData(out.luminance.get()) + line;
    l_uint32* blocks =
        pixGetData(out.block_saturation.get()) + static_cast<long>(y / kBlock) * block_wpl;
    for (int x = 0; x < rows.width; ++x) {
      const Channels c = channels_at(row + x * rows.bytes_per_pixel, rows);
      byte_at(luminance, x) = static_cast<l_uint8>(c.luminance);
      l_uint8& block = byte_at(blocks, x / kBlock);
      block = std::max<l_uint8>(block, static_cast<l_uint8>(c.high - c.low));
    }
  }
  return out;
}

}  // namespace

RgbRows rgb_rows(PIX* rgb) {
  RgbRows rows;
  rows.data = reinterpret_cast<const l_uint8*>(pixGetData(rgb));
  rows.width = pixGetWidth(rgb);
  rows.height = pixGetHeight(rgb);
  rows.bytes_per_row = 4 * pixGetWpl(rgb);
  rows.bytes_per_pixel = 4;
  // A 32 bpp pixel is one word, red in its most significant byte.
  rows.red = COLOR_RED ^ kWordSwap;
  rows.green = COLOR_GREEN ^ kWordSwap;
  rows.blue = COLOR_BLUE ^ kWordSwap;
  return rows;
}

bool has_colour(const RgbRows& rows) {
  long coloured = 0;
  for (int y = 0; y < rows.height; ++y) {
    const l_uint8* row = rows.data + static_cast<long>(y) * rows.bytes_per_row;
    for (int x = 0; x < rows.width; ++x) {
      const Channels c = channels_at(row + x * rows.bytes_per_pixel, rows);
      if (c.high - c.low > kMinChroma) ++coloured;
    }
  }
  return coloured > kMinColourShare * rows.width * rows.height;
}

PixPtr gray_without_stamps(const RgbRows& rows) {
  Measures measures = measure(rows);
  if (!measures.luminance) return nullptr;
  const PixPtr widened(pixDilateGray(measures.block_saturation.get(), 3, 3));
  const PixPtr near(widened ? pixBlockconv(widened.get(), 1, 1) : nullptr);
  if (!near) return std::move(measures.luminance);
  PixPtr gray = std::move(measures.luminance);
  const int wpl = pixGetWpl(gray.get());
  const int near_wpl = pixGetWpl(near.get());
  for (int y = 0; y < rows.height; ++y) {
    const long line = static_cast<long>(y) * wpl;
    l_uint32* gray_line = pixGetData(gray.get()) + line;
    const l_uint8* row = rows.data + static_cast<long>(y) * rows.bytes_per_row;
    l_uint32* near_line = pixGetData(near.get()) + static_cast<long>(y / kBlock) * near_wpl;
    for (int x = 0; x < rows.width; ++x) {
      const int colour = byte_at(near_line, x / kBlock) - kChromaNoise;
      if (colour <= 0) continue;
      const double factor = 1 + kLift * colour / 255.0;
      const int high = channels_at(row + x * rows.bytes_per_pixel, rows).high;
      double lifted = std::min(255.0, high * factor);
      if (lifted >= kPaper) lifted = 255;
      const double weight = std::min(1.0, static_cast<double>(colour) / kFullColour);
      l_uint8& pixel = byte_at(gray_line, x);
      pixel = static_cast<l_uint8>(pixel + weight * (lifted - pixel));
    }
  }
  return gray;
}

}  // namespace ogi

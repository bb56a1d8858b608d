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
// How far colour counts as near (pixels of a window's side, then of a smoothing window's half
// side): a JPEG's colour bleeds over two of its pixels, three once rendered from 200 to 300 dpi.
constexpr int kNearColour = 7;
constexpr int kSmoothing = 2;
// The brightening where colour is near: 1 + kLift * (saturation - kChromaNoise) / 255, about 1.17
// near a half-transparent seal (saturation 90), 1.4 near an opaque one (saturation 185): enough to
// lift the seal's strokes (235 and 215 at their brightest channel) and most of their grey
// outlines to paper.
constexpr double kLift = 0.6;
// Saturation up to this is a colour scan's noise around grey print, which is left unlifted.
constexpr int kChromaNoise = 16;

struct Channels {
  int high = 0;
  int low = 0;
};

Channels channels_at(const l_uint8* pixel, const RgbRows& rows) {
  const int r = pixel[rows.red], g = pixel[rows.green], b = pixel[rows.blue];
  return {std::max({r, g, b}), std::min({r, g, b})};
}

}  // namespace

RgbRows rgb_rows(PIX* rgb) {
  RgbRows rows;
  rows.data = reinterpret_cast<const l_uint8*>(pixGetData(rgb));
  rows.width = pixGetWidth(rgb);
  rows.height = pixGetHeight(rgb);
  rows.bytes_per_row = 4 * pixGetWpl(rgb);
  rows.bytes_per_pixel = 4;
  // Leptonica keeps a pixel as one 32-bit word, red in its top byte: in memory on a
  // little-endian machine the bytes run alpha, blue, green, red.
  constexpr int kSwap = std::endian::native == std::endian::little ? 3 : 0;
  rows.red = COLOR_RED ^ kSwap;
  rows.green = COLOR_GREEN ^ kSwap;
  rows.blue = COLOR_BLUE ^ kSwap;
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
  PixPtr gray(pixCreate(rows.width, rows.height, 8));
  PixPtr saturation(pixCreate(rows.width, rows.height, 8));
  if (!gray || !saturation) return nullptr;
  l_uint32* gray_data = pixGetData(gray.get());
  l_uint32* saturation_data = pixGetData(saturation.get());
  const int wpl = pixGetWpl(gray.get());
  for (int y = 0; y < rows.height; ++y) {
    const l_uint8* row = rows.data + static_cast<long>(y) * rows.bytes_per_row;
    l_uint32* gray_line = gray_data + static_cast<long>(y) * wpl;
    l_uint32* saturation_line = saturation_data + static_cast<long>(y) * wpl;
    for (int x = 0; x < rows.width; ++x) {
      const Channels c = channels_at(row + x * rows.bytes_per_pixel, rows);
      l_setDataByte(gray_line, x, c.high);
      l_setDataByte(saturation_line, x, c.high - c.low);
    }
  }
  const PixPtr widened(pixDilateGray(saturation.get(), kNearColour, kNearColour));
  const PixPtr near(widened ? pixBlockconv(widened.get(), kSmoothing, kSmoothing) : nullptr);
  if (!near) return gray;
  const l_uint32* near_data = pixGetData(near.get());
  const int near_wpl = pixGetWpl(near.get());
  for (int y = 0; y < rows.height; ++y) {
    l_uint32* gray_line = gray_data + static_cast<long>(y) * wpl;
    const l_uint32* near_line = near_data + static_cast<long>(y) * near_wpl;
    for (int x = 0; x < rows.width; ++x) {
      const int colour = static_cast<int>(l_getDataByte(near_line, x)) - kChromaNoise;
      if (colour <= 0) continue;
      const double factor = 1 + kLift * colour / 255.0;
      l_setDataByte(gray_line, x,
                    std::min(255, static_cast<int>(l_getDataByte(gray_line, x) * factor)));
    }
  }
  return gray;
}

}  // namespace ogi

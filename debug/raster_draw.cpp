#include "debug/raster_draw.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>

namespace ogi {
namespace {

constexpr std::uint32_t kOpaque = 0xFF000000u;
constexpr int kGlyphWidth = 3;
constexpr int kGlyphHeight = 5;
constexpr int kGlyphZoom = 2;

// 3x5 digits, one row per 3 bits, top row first.
constexpr std::array<std::array<std::uint8_t, kGlyphHeight>, 10> kDigits = {{
    {7, 5, 5, 5, 7},
    {2, 6, 2, 2, 7},
    {7, 1, 7, 4, 7},
    {7, 1, 7, 1, 7},
    {5, 5, 7, 1, 1},
    {7, 4, 7, 1, 7},
    {7, 4, 7, 5, 7},
    {7, 1, 1, 1, 1},
    {7, 5, 7, 5, 7},
    {7, 5, 7, 1, 7},
}};

struct PixelRect {
  int x0 = 0;
  int y0 = 0;
  int x1 = 0;  // exclusive
  int y1 = 0;
};

PixelRect to_pixels(const RasterView& raster, const Box& box) {
  return {std::clamp(static_cast<int>(std::floor(box.x0 * raster.scale)), 0, raster.width),
          std::clamp(static_cast<int>(std::floor(box.y0 * raster.scale)), 0, raster.height),
          std::clamp(static_cast<int>(std::ceil(box.x1 * raster.scale)), 0, raster.width),
          std::clamp(static_cast<int>(std::ceil(box.y1 * raster.scale)), 0, raster.height)};
}

void fill_pixels(RasterView raster, PixelRect rect, std::uint32_t rgb) {
  rect.x0 = std::clamp(rect.x0, 0, raster.width);
  rect.x1 = std::clamp(rect.x1, 0, raster.width);
  rect.y0 = std::clamp(rect.y0, 0, raster.height);
  rect.y1 = std::clamp(rect.y1, 0, raster.height);
  for (int y = rect.y0; y < rect.y1; ++y) {
    std::uint32_t* row = raster.pixels + static_cast<std::ptrdiff_t>(y) * raster.stride;
    std::fill(row + rect.x0, row + rect.x1, kOpaque | rgb);
  }
}

std::uint32_t mix(std::uint32_t under, std::uint32_t over, double alpha) {
  std::uint32_t out = kOpaque;
  for (int shift : {0, 8, 16}) {
    const double a = static_cast<double>((under >> shift) & 0xFF);
    const double b = static_cast<double>((over >> shift) & 0xFF);
    out |= static_cast<std::uint32_t>(std::lround(a + (b - a) * alpha)) << shift;
  }
  return out;
}

}  // namespace

void draw_box(RasterView raster, const Box& box, std::uint32_t rgb, int thickness) {
  const PixelRect r = to_pixels(raster, box);
  fill_pixels(raster, {r.x0, r.y0, r.x1, r.y0 + thickness}, rgb);
  fill_pixels(raster, {r.x0, r.y1 - thickness, r.x1, r.y1}, rgb);
  fill_pixels(raster, {r.x0, r.y0, r.x0 + thickness, r.y1}, rgb);
  fill_pixels(raster, {r.x1 - thickness, r.y0, r.x1, r.y1}, rgb);
}

void tint_box(RasterView raster, const Box& box, std::uint32_t rgb, double alpha) {
  const PixelRect r = to_pixels(raster, box);
  for (int y = r.y0; y < r.y1; ++y) {
    std::uint32_t* row = raster.pixels + static_cast<std::ptrdiff_t>(y) * raster.stride;
    for (int x = r.x0; x < r.x1; ++x) row[x] = mix(row[x], rgb, alpha);
  }
}

void draw_rule(RasterView raster, double x0, double y0, double x1, double y1, std::uint32_t rgb) {
  const PixelRect r =
      to_pixels(raster, {std::min(x0, x1), std::min(y0, y1), std::max(x0, x1), std::max(y0, y1)});
  fill_pixels(raster, {r.x0, r.y0, std::max(r.x1, r.x0 + 2), std::max(r.y1, r.y0 + 2)}, rgb);
}

void draw_number(RasterView raster, double x, double y, int number, std::uint32_t rgb) {
  const std::string digits = std::to_string(std::max(number, 0));
  int left = static_cast<int>(x * raster.scale);
  const int top = static_cast<int>(y * raster.scale);
  for (char digit : digits) {
    const auto& rows = kDigits[digit - '0'];
    for (int row = 0; row < kGlyphHeight; ++row) {
      for (int col = 0; col < kGlyphWidth; ++col) {
        if (((rows[row] >> (kGlyphWidth - 1 - col)) & 1) == 0) continue;
        const int px = left + col * kGlyphZoom;
        const int py = top + row * kGlyphZoom;
        fill_pixels(raster, {px, py, px + kGlyphZoom, py + kGlyphZoom}, rgb);
      }
    }
    left += (kGlyphWidth + 1) * kGlyphZoom;
  }
}

}  // namespace ogi

#pragma once

#include <cstdint>

#include "model/geometry.h"

namespace ogi {

// A 32-bit ARGB pixel buffer (the layout of poppler::image::format_argb32, Cairo and Qt) drawn
// on in page coordinates: `scale` pixels per point.
struct RasterView {
  std::uint32_t* pixels = nullptr;
  int width = 0;
  int height = 0;
  int stride = 0;  // pixels per row
  double scale = 1;
};

// Outline of a page-space box, `thickness` pixels wide, clipped to the raster.
void draw_box(RasterView raster, const Box& box, std::uint32_t rgb, int thickness = 1);

// Mixes `rgb` into the box's pixels with weight `alpha` (0..1).
void tint_box(RasterView raster, const Box& box, std::uint32_t rgb, double alpha);

// A line between two page-space points that are on a horizontal or a vertical.
void draw_rule(RasterView raster, double x0, double y0, double x1, double y1, std::uint32_t rgb);

// A decimal number in a small built-in digit font, its top-left corner at the page-space point.
void draw_number(RasterView raster, double x, double y, int number, std::uint32_t rgb);

}  // namespace ogi

#include "extractors/ocr/image/bounded_splash.h"

#include <cstdint>

namespace ogi {
namespace {

std::int64_t pixels(int width, int height) {
  return static_cast<std::int64_t>(width) * static_cast<std::int64_t>(height);
}

}  // namespace

BoundedSplash::BoundedSplash(SplashColorMode mode, SplashColorPtr paper, ContentBudget& budget)
    : SplashOutputDev(mode, /*bitmapRowPad=*/4, /*reverseVideo=*/false, paper), budget_(budget) {}

bool BoundedSplash::useDrawForm() { return budget_.skip_form(); }

// Answering true without drawing skips the fill; when Splash cannot fill with one tile bitmap it
// answers false and Poppler draws every tile itself, which the count here bounds too.
bool BoundedSplash::tilingPatternFill(GfxState* state, Gfx* gfx, Catalog* catalog,
                                      GfxTilingPattern* pattern, const double* matrix, int x0,
                                      int y0, int x1, int y1, double x_step, double y_step) {
  if (budget_.skip_pattern(pixels(x1 - x0, y1 - y0))) return true;
  return SplashOutputDev::tilingPatternFill(state, gfx, catalog, pattern, matrix, x0, y0, x1, y1,
                                            x_step, y_step);
}

void BoundedSplash::saveState(GfxState* state) {
  budget_.save();
  SplashOutputDev::saveState(state);
}

void BoundedSplash::restoreState(GfxState* state) {
  budget_.restore();
  SplashOutputDev::restoreState(state);
}

// An image skipped needs nothing read: Gfx itself finds the end of inline image data (EI).
void BoundedSplash::drawImageMask(GfxState* state, Object* ref, Stream* str, int width, int height,
                                  bool invert, bool interpolate, bool inline_image) {
  if (budget_.skip_image(pixels(width, height))) return;
  SplashOutputDev::drawImageMask(state, ref, str, width, height, invert, interpolate, inline_image);
}

void BoundedSplash::drawImage(GfxState* state, Object* ref, Stream* str, int width, int height,
                              GfxImageColorMap* colour_map, bool interpolate,
                              const int* mask_colours, bool inline_image) {
  if (budget_.skip_image(pixels(width, height))) return;
  SplashOutputDev::drawImage(state, ref, str, width, height, colour_map, interpolate, mask_colours,
                             inline_image);
}

void BoundedSplash::drawMaskedImage(GfxState* state, Object* ref, Stream* str, int width,
                                    int height, GfxImageColorMap* colour_map, bool interpolate,
                                    Stream* mask_str, int mask_width, int mask_height,
                                    bool mask_invert, bool mask_interpolate) {
  if (budget_.skip_image(pixels(width, height) + pixels(mask_width, mask_height))) return;
  SplashOutputDev::drawMaskedImage(state, ref, str, width, height, colour_map, interpolate,
                                   mask_str, mask_width, mask_height, mask_invert,
                                   mask_interpolate);
}

void BoundedSplash::drawSoftMaskedImage(GfxState* state, Object* ref, Stream* str, int width,
                                        int height, GfxImageColorMap* colour_map, bool interpolate,
                                        Stream* mask_str, int mask_width, int mask_height,
                                        GfxImageColorMap* mask_colour_map, bool mask_interpolate) {
  if (budget_.skip_image(pixels(width, height) + pixels(mask_width, mask_height))) return;
  SplashOutputDev::drawSoftMaskedImage(state, ref, str, width, height, colour_map, interpolate,
                                       mask_str, mask_width, mask_height, mask_colour_map,
                                       mask_interpolate);
}

}  // namespace ogi

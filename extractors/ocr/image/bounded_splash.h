#pragma once

#include <SplashOutputDev.h>

#include "extractors/common/pdf_content_budget.h"

namespace ogi {

// Poppler's Splash renderer held to a ContentBudget, so that what stops a page's text capture
// stops its rendering for OCR too, and the loops only a renderer runs are bounded: graphics states
// saved (`q` bombs), form XObjects drawn, tiles of a pattern fill (Poppler draws each tile as a
// form in a loop it never interrupts) and pixels of an embedded image (a 60 000 x 60 000 image
// with no data took 12 s of downsampling). What the budget refuses is not drawn.
class BoundedSplash : public SplashOutputDev {
 public:
  BoundedSplash(SplashColorMode mode, SplashColorPtr paper, ContentBudget& budget);

  bool useDrawForm() override;
  bool tilingPatternFill(GfxState* state, Gfx* gfx, Catalog* catalog, GfxTilingPattern* pattern,
                         const double* matrix, int x0, int y0, int x1, int y1, double x_step,
                         double y_step) override;
  void saveState(GfxState* state) override;
  void restoreState(GfxState* state) override;

  void drawImageMask(GfxState* state, Object* ref, Stream* str, int width, int height, bool invert,
                     bool interpolate, bool inline_image) override;
  void drawImage(GfxState* state, Object* ref, Stream* str, int width, int height,
                 GfxImageColorMap* colour_map, bool interpolate, const int* mask_colours,
                 bool inline_image) override;
  void drawMaskedImage(GfxState* state, Object* ref, Stream* str, int width, int height,
                       GfxImageColorMap* colour_map, bool interpolate, Stream* mask_str,
                       int mask_width, int mask_height, bool mask_invert,
                       bool mask_interpolate) override;
  void drawSoftMaskedImage(GfxState* state, Object* ref, Stream* str, int width, int height,
                           GfxImageColorMap* colour_map, bool interpolate, Stream* mask_str,
                           int mask_width, int mask_height, GfxImageColorMap* mask_colour_map,
                           bool mask_interpolate) override;

 private:
  ContentBudget& budget_;
};

}  // namespace ogi

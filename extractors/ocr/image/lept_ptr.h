#pragma once

#include <leptonica/allheaders.h>

#include <algorithm>
#include <memory>
#include <vector>

namespace ogi {

// Owning handles for Leptonica objects: Leptonica frees through a pointer-to-pointer, which
// unique_ptr cannot call directly.
struct PixDeleter {
  void operator()(PIX* pix) const { pixDestroy(&pix); }
};
struct BoxaDeleter {
  void operator()(BOXA* boxa) const { boxaDestroy(&boxa); }
};
struct PixaDeleter {
  void operator()(PIXA* pixa) const { pixaDestroy(&pixa); }
};
struct BoxDeleter {
  void operator()(BOX* box) const { boxDestroy(&box); }
};
struct NumaDeleter {
  void operator()(NUMA* numa) const { numaDestroy(&numa); }
};

using PixPtr = std::unique_ptr<PIX, PixDeleter>;
using LeptBoxPtr = std::unique_ptr<BOX, BoxDeleter>;
using BoxaPtr = std::unique_ptr<BOXA, BoxaDeleter>;
using PixaPtr = std::unique_ptr<PIXA, PixaDeleter>;
using NumaPtr = std::unique_ptr<NUMA, NumaDeleter>;

// A rectangle in image pixels, half-open: [x0, x1) x [y0, y1).
struct PixelBox {
  int x0 = 0;
  int y0 = 0;
  int x1 = 0;
  int y1 = 0;

  int width() const { return x1 - x0; }
  int height() const { return y1 - y0; }
  bool empty() const { return x1 <= x0 || y1 <= y0; }
};

// A length in inches as pixels at `dpi`, never less than one pixel (morphology needs a size).
inline int to_pixels(double inches, double dpi) {
  return std::max(1, static_cast<int>(inches * dpi));
}

inline LeptBoxPtr lept_box(const PixelBox& box) {
  return LeptBoxPtr(boxCreate(box.x0, box.y0, box.width(), box.height()));
}

// The pixel rectangles of a Boxa, in its order.
std::vector<PixelBox> pixel_boxes(BOXA* boxa);

// The ink pixels of 1 bpp `pix` inside `box` (clipped to the image); 0 when none of it is on it.
int ink_pixels(PIX* pix, const PixelBox& box);

// Leptonica prints its errors and warnings on stderr on its own ("Error in pixZero: ...",
// "Warning in tiffGetCount: big file"); what matters reaches the record as an error code instead.
// Cheap; call it before using Leptonica.
void quiet_leptonica();

}  // namespace ogi

#include "extractors/ocr/binarize.h"

#include <algorithm>

namespace ogi {
namespace {

// Grey levels darker than this count as ink when measuring how dark the print is.
constexpr int kInkCeiling = 230;
// Bounds of the global threshold on a normalized page (paper at 255).
constexpr int kDefaultThreshold = 180;
constexpr int kMinThreshold = 120;
constexpr int kMaxThreshold = 210;

// The grey level of the darkest few percent of pixels: the ink, on a normalized page.
int ink_level(PIX* gray) {
  const NumaPtr histogram(pixGetGrayHistogram(gray, 4));
  if (!histogram) return 0;
  float total = 0;
  for (int level = 0; level < kInkCeiling; ++level) {
    float count = 0;
    numaGetFValue(histogram.get(), level, &count);
    total += count;
  }
  float seen = 0;
  for (int level = 0; level < kInkCeiling; ++level) {
    float count = 0;
    numaGetFValue(histogram.get(), level, &count);
    seen += count;
    if (seen >= 0.05f * total) return level;
  }
  return 0;
}

}  // namespace

PixPtr normalize_background(PIX* gray) {
  PixPtr flat(pixBackgroundNorm(gray, nullptr, nullptr, 10, 15, 100, 50, 255, 2, 1));
  if (!flat) flat.reset(pixCopy(nullptr, gray));
  // Faint print (a low-contrast scan) is stretched so its ink reaches black, as Tesseract's own
  // recognizer expects of the grey image it is given.
  const int ink = ink_level(flat.get());
  if (ink > 60 && ink < kInkCeiling - 40) {
    flat.reset(pixGammaTRC(nullptr, flat.get(), 1.0f, std::max(ink - 20, 0), 255));
  }
  return flat;
}

PixPtr binarize(PIX* normalized) {
  PIX* thresholds = nullptr;
  const int w = pixGetWidth(normalized);
  const int h = pixGetHeight(normalized);
  int threshold = kDefaultThreshold;
  if (pixOtsuAdaptiveThreshold(normalized, w, h, 0, 0, 0.1f, &thresholds, nullptr) == 0) {
    const PixPtr owned(thresholds);
    l_uint32 value = 0;
    pixGetPixel(owned.get(), 0, 0, &value);
    // On a blank page Otsu splits the paper's own noise; on a normalized page real ink is always
    // well below the paper, so the split is kept to the range where ink and paper part.
    threshold = std::clamp(static_cast<int>(value), kMinThreshold, kMaxThreshold);
  }
  return PixPtr(pixThresholdToBinary(normalized, threshold));
}

PixPtr binarize_local(PIX* normalized) {
  PIX* binary = nullptr;
  if (pixSauvolaBinarizeTiled(normalized, 25, 0.35f, 1, 1, nullptr, &binary) != 0 || !binary) {
    return binarize(normalized);
  }
  return PixPtr(binary);
}

}  // namespace ogi

#include "extractors/ocr/image/binarize.h"

#include <algorithm>
#include <array>

namespace ogi {
namespace {

// Levels at least this much darker than the paper are ink when measuring the print.
constexpr int kInkMargin = 40;
// The ink level is this percentile of the ink pixels: the core of the strokes, not their edges.
constexpr double kInkPercentile = 0.05;
// The threshold sits this far from the paper towards the ink: thin strokes of a light serif face
// scanned at 150 dpi are only a little darker than the paper, JPEG noise is lighter still.
constexpr double kThresholdFraction = 0.25;
// Pages with fewer ink pixels than this share are blank but for noise.
constexpr double kMinInkShare = 0.0005;
constexpr int kMinThreshold = 120;
constexpr int kMaxThreshold = 215;

struct Levels {
  int paper = 255;
  int ink = 255;  // equal to paper on a blank page
};

Levels measure_levels(PIX* gray) {
  std::array<double, 256> counts{};
  const NumaPtr histogram(pixGetGrayHistogram(gray, 2));
  double total = 0;
  for (int level = 0; level < 256 && histogram; ++level) {
    float count = 0;
    numaGetFValue(histogram.get(), level, &count);
    counts[level] = count;
    total += count;
  }
  Levels levels;
  levels.paper = static_cast<int>(std::max_element(counts.begin(), counts.end()) - counts.begin());
  levels.ink = levels.paper;
  double ink_total = 0;
  for (int level = 0; level < levels.paper - kInkMargin; ++level) ink_total += counts[level];
  if (ink_total < kMinInkShare * total) return levels;
  double seen = 0;
  for (int level = 0; level < levels.paper - kInkMargin; ++level) {
    seen += counts[level];
    if (seen >= kInkPercentile * ink_total) {
      levels.ink = level;
      break;
    }
  }
  return levels;
}

}  // namespace

PixPtr normalize_background(PIX* gray) {
  PixPtr flat(pixBackgroundNorm(gray, nullptr, nullptr, 10, 15, 100, 50, 255, 2, 1));
  if (!flat) flat.reset(pixCopy(nullptr, gray));
  // Faint print (a low-contrast scan) is stretched so its ink reaches black, as Tesseract's own
  // recognizer expects of the grey image it is given.
  const Levels levels = measure_levels(flat.get());
  if (levels.ink < levels.paper && levels.ink > 60) {
    flat.reset(pixGammaTRC(nullptr, flat.get(), 1.0f, std::max(levels.ink - 20, 0), 255));
  }
  return flat;
}

PixPtr binarize(PIX* normalized) {
  const Levels levels = measure_levels(normalized);
  int threshold = kMinThreshold;
  if (levels.ink < levels.paper) {
    threshold = static_cast<int>(levels.paper - kThresholdFraction * (levels.paper - levels.ink));
  }
  threshold = std::clamp(threshold, kMinThreshold, kMaxThreshold);
  return PixPtr(pixThresholdToBinary(normalized, threshold));
}

PixPtr binarize_local(PIX* normalized) {
  PIX* binary = nullptr;
  if (pixSauvolaBinarizeTiled(normalized, 20, 0.2f, 1, 1, nullptr, &binary) != 0 || !binary) {
    return binarize(normalized);
  }
  return PixPtr(binary);
}

}  // namespace ogi

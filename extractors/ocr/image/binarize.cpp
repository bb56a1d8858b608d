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

// Dark areas (without_dark_areas): a background darker than this is no paper the tile
// normalization can flatten. The closing is kAreaClosing pixels wide at 1/kAreaReduction of the
// page's resolution, 0.09 in at 300 dpi: wider than the strokes of a bold heading, narrower than
// an edge shadow.
constexpr int kDarkArea = 128;
// The lifted pixels are mixed in where the paper is darker than this, fully from kDarkArea on: the
// fringe where an area fades into paper the tile normalization flattens well.
constexpr int kAreaFringe = 170;
constexpr int kAreaReduction = 4;
constexpr int kAreaClosing = 7;

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

// Wide dark areas lifted to paper: the shadow a photocopier leaves along the sheet's edge, a black
// border round a scan. The tile normalization below takes pixels darker than 100 for ink and fills
// the background there from its neighbours, so such an area stays dark, binarizes to a solid band
// and passes for a thick rule. Here the paper is found by a grey closing (at a quarter of the
// resolution) wider than any stroke, which keeps areas and loses print, and the page divided by
// it. Only when an area that dark exists: elsewhere the tile normalization alone is kept.
PixPtr without_dark_areas(PIX* gray) {
  PIX* found = nullptr;
  if (pixGetBackgroundGrayMapMorph(gray, nullptr, kAreaReduction, kAreaClosing, &found) != 0 ||
      !found) {
    return nullptr;
  }
  const PixPtr background(found);
  l_int32 darkest = 255;
  pixGetExtremeValue(background.get(), 1, L_SELECT_MIN, nullptr, nullptr, nullptr, &darkest);
  if (darkest >= kDarkArea) return nullptr;
  const PixPtr inverse(pixGetInvBackgroundMap(background.get(), 255, 2, 2));
  const PixPtr lifted(
      inverse ? pixApplyInvBackgroundGrayMap(gray, inverse.get(), kAreaReduction, kAreaReduction)
              : nullptr);
  // The lifted pixels are taken in the dark area, the page's own in paper the tile normalization
  // flattens well (the closing's coarse map would only add texture to its print), mixed across
  // the fringe between: a hard edge would draw a line the rule detection could take for a rule
  // beside a table's border.
  PixPtr weight(pixCreateTemplate(background.get()));
  if (!lifted || !weight) return nullptr;
  for (int y = 0; y < pixGetHeight(weight.get()); ++y) {
    for (int x = 0; x < pixGetWidth(weight.get()); ++x) {
      l_uint32 level = 0;
      pixGetPixel(background.get(), x, y, &level);
      const int share = (kAreaFringe - static_cast<int>(level)) * 255 / (kAreaFringe - kDarkArea);
      pixSetPixel(weight.get(), x, y, std::clamp(share, 0, 255));
    }
  }
  const float scale = static_cast<float>(kAreaReduction);
  const PixPtr full_weight(pixScaleGrayLI(weight.get(), scale, scale));
  if (!full_weight) return nullptr;
  return PixPtr(pixBlendWithGrayMask(gray, lifted.get(), full_weight.get(), 0, 0));
}

}  // namespace

PixPtr normalize_background(PIX* gray) {
  const PixPtr lifted = without_dark_areas(gray);
  PIX* source = lifted ? lifted.get() : gray;
  PixPtr flat(pixBackgroundNorm(source, nullptr, nullptr, 10, 15, 100, 50, 255, 2, 1));
  if (!flat) flat.reset(pixCopy(nullptr, source));
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

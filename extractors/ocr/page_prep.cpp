#include "extractors/ocr/page_prep.h"

#include <cmath>

#include "extractors/ocr/binarize.h"

namespace ogi {
namespace {

// Skews smaller than this are left alone: a rotation costs sharpness and gains nothing.
constexpr float kMinSkewDegrees = 0.08f;
// Leptonica's own bar for believing a skew measurement.
constexpr float kMinSkewConfidence = 2.5f;
// Bands at least this high (in inches) count as gaps between text lines.
constexpr double kMinBand = 0.03;
// The other axis must show this many times fewer blank bands for a page to count as sideways.
constexpr double kSidewaysRatio = 2.0;
// A row or column with fewer ink pixels than its length over this is blank but for noise.
constexpr int kNoiseDivisor = 500;

constexpr float kDegreesToRadians = 3.14159265f / 180.0f;

PixPtr straighten(PIX* gray, float degrees) {
  return PixPtr(pixRotate(gray, degrees * kDegreesToRadians, L_ROTATE_AREA_MAP, L_BRING_IN_WHITE,
                          0, 0));
}

// Sum of the blank bands at least `min_band` long along the profile, between its first and last
// inked position. A position with a few specks of scanner noise still counts as blank.
int blank_band_total(NUMA* profile, int min_band, int noise) {
  const int n = numaGetCount(profile);
  int first = -1, last = -1;
  for (int i = 0; i < n; ++i) {
    int value = 0;
    numaGetIValue(profile, i, &value);
    if (value > noise) {
      if (first < 0) first = i;
      last = i;
    }
  }
  int total = 0, run = 0;
  for (int i = first + 1; first >= 0 && i <= last; ++i) {
    int value = 0;
    numaGetIValue(profile, i, &value);
    if (value <= noise) {
      ++run;
      continue;
    }
    if (run >= min_band) total += run;
    run = 0;
  }
  return total;
}

}  // namespace

PreparedPage prepare_page(const RasterPage& raster, int quarter_turns) {
  PreparedPage page;
  page.dpi = raster.dpi;
  page.quarter_turns = ((quarter_turns % 4) + 4) % 4;
  PixPtr gray = normalize_background(raster.gray.get());
  if (page.quarter_turns != 0) gray.reset(pixRotateOrth(gray.get(), page.quarter_turns));
  PixPtr binary = binarize(gray.get());
  float angle = 0, confidence = 0;
  if (pixFindSkew(binary.get(), &angle, &confidence) == 0 && confidence >= kMinSkewConfidence &&
      std::fabs(angle) >= kMinSkewDegrees) {
    gray = straighten(gray.get(), angle);
    binary = binarize(gray.get());
    page.skew_degrees = angle;
  }
  const bool turned = page.quarter_turns % 2 == 1;
  page.width = turned ? raster.height : raster.width;
  page.height = turned ? raster.width : raster.height;
  page.rules = detect_rules(binary.get(), page.dpi);
  page.gray = std::move(gray);
  page.binary = std::move(binary);
  return page;
}

bool looks_sideways(const PreparedPage& page) {
  const PixPtr text(pixSubtract(nullptr, page.binary.get(), page.rules.mask.get()));
  const NumaPtr rows(pixCountPixelsByRow(text.get(), nullptr));
  const NumaPtr columns(pixCountPixelsByColumn(text.get()));
  if (!rows || !columns) return false;
  const int min_band = std::max(1, static_cast<int>(kMinBand * page.dpi));
  const int width = pixGetWidth(text.get());
  const int height = pixGetHeight(text.get());
  const int row_gaps = blank_band_total(rows.get(), min_band, width / kNoiseDivisor);
  const int column_gaps = blank_band_total(columns.get(), min_band, height / kNoiseDivisor);
  return column_gaps > kSidewaysRatio * std::max(row_gaps, 1);
}

}  // namespace ogi

#include "extractors/ocr/image/ink_lines.h"

#include <algorithm>

namespace ogi {
namespace {

// A band thinner than this share of the tallest band is not a line of its own.
constexpr double kMinLineShare = 0.45;

std::vector<PixelBox> inked_bands(PIX* ink, const PixelBox& box) {
  const LeptBoxPtr clip = lept_box(box);
  const PixPtr crop(pixClipRectangle(ink, clip.get(), nullptr));
  std::vector<PixelBox> bands;
  const NumaPtr counts(crop ? pixCountPixelsByRow(crop.get(), nullptr) : nullptr);
  if (!counts) return bands;
  bool open = false;
  for (int y = 0; y < numaGetCount(counts.get()); ++y) {
    int count = 0;
    numaGetIValue(counts.get(), y, &count);
    if (count == 0) {
      open = false;
      continue;
    }
    if (!open) bands.push_back({box.x0, box.y0 + y, box.x1, box.y0 + y + 1});
    bands.back().y1 = box.y0 + y + 1;
    open = true;
  }
  return bands;
}

}  // namespace

std::vector<PixelBox> ink_lines(PIX* ink, const PixelBox& box) {
  std::vector<PixelBox> bands = inked_bands(ink, box);
  int tallest = 0;
  for (const PixelBox& band : bands) tallest = std::max(tallest, band.height());
  const int min_height = static_cast<int>(kMinLineShare * tallest);
  // Thin bands join the nearer neighbour until every band is a line.
  for (bool merged = true; merged && bands.size() > 1;) {
    merged = false;
    for (size_t i = 0; i < bands.size(); ++i) {
      if (bands[i].height() >= min_height) continue;
      const int gap_above = i > 0 ? bands[i].y0 - bands[i - 1].y1 : -1;
      const int gap_below = i + 1 < bands.size() ? bands[i + 1].y0 - bands[i].y1 : -1;
      const bool up = gap_below < 0 || (gap_above >= 0 && gap_above <= gap_below);
      const size_t into = up ? i - 1 : i + 1;
      bands[into].y0 = std::min(bands[into].y0, bands[i].y0);
      bands[into].y1 = std::max(bands[into].y1, bands[i].y1);
      bands.erase(bands.begin() + static_cast<long>(i));
      merged = true;
      break;
    }
  }
  return bands;
}

}  // namespace ogi

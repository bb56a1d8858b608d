#pragma once

#include <vector>

#include "extractors/ocr/image/lept_ptr.h"
#include "model/document.h"

namespace ogi {

// The ruling lines found on a binarized page: each kept line as the box of its pixels, and a mask
// of exactly those pixels (so they can be erased before text is read).
struct DetectedRules {
  std::vector<PixelBox> horizontal;
  std::vector<PixelBox> vertical;
  PixPtr mask;  // 1 bpp, the page's size
};

// Finds ruling lines by morphology: an opening with a long thin structuring element keeps only
// runs of ink longer than any glyph stroke. Short pieces are kept only where they join other
// rules at both ends (the borders of one small cell), so glyph strokes never become rules.
DetectedRules detect_rules(PIX* binary, double dpi);

// The rules as the document model's RulingSegments, in points (`points_per_pixel` = 72 / dpi),
// each along the centre of its pixels with their thickness as stroke width.
std::vector<RulingSegment> rule_segments(const DetectedRules& rules, double points_per_pixel,
                                         int page_index);

}  // namespace ogi

#include "extractors/ocr/image/raster_rules.h"

#include "extractors/ocr/image/binarize.h"
#include "extractors/ocr/image/rule_detect.h"

namespace ogi {

std::vector<RulingSegment> raster_rulings(const RasterPage& raster, int page_index) {
  const PixPtr normalized = normalize_background(raster.gray.get());
  const PixPtr binary = binarize(normalized.get());
  return rule_segments(detect_rules(binary.get(), raster.dpi), 72.0 / raster.dpi, page_index);
}

}  // namespace ogi

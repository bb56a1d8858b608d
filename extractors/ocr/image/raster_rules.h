#pragma once

#include <vector>

#include "extractors/ocr/image/page_source.h"
#include "model/document.h"

namespace ogi {

// The ruling lines of the rendered page, found as on a scan (detect_rules) and returned in page
// points; for a text-layer page whose table rules are pixels (page_triage.h). The page is not
// turned or straightened: its text layer keeps its coordinates. Rules the vector content also
// draws come back too; merge_rulings joins the two.
std::vector<RulingSegment> raster_rulings(const RasterPage& raster, int page_index);

}  // namespace ogi

#pragma once

#include <vector>

#include "extractors/ocr/image/page_source.h"
#include "model/document.h"

namespace ogi {

// Whether a page read from its text layer may draw its table's rules as pixels (a form scanned
// under a text layer, rules pasted as a picture): its vector content draws no table rule (no
// vertical rule, fewer than three horizontal ones), yet its text prints table rows, numbers side
// by side on one line with wide gaps and nothing between.
bool prints_unruled_table(const Page& page);

// The ruling lines of the rendered page, found as on a scan (detect_rules) and returned in page
// points. The page is not turned or straightened: its text layer keeps its coordinates. Rules the
// vector content also draws come back too; merge_rulings joins the two.
std::vector<RulingSegment> raster_rulings(const RasterPage& raster, int page_index);

}  // namespace ogi

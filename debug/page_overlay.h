#pragma once

#include <string>
#include <vector>

#include "debug/raster_draw.h"
#include "model/document.h"
#include "model/report.h"

namespace ogi {

// Draws what layout understood of one page over its rendering, for `ogi debug`: the ruling lines
// (red), the rebuilt tables' cells outlined in the colour of their table kind (表二 green, 表三
// blue, 表四 orange, other tables grey), and each cell the mapping gave a canonical key tinted and
// numbered. Returns the legend for the numbers: "N<TAB>key<TAB>raw<TAB>x0,y0,x1,y1".
std::vector<std::string> draw_page_overlay(RasterView raster, const Document& document,
                                           const Report& report, int page_index);

}  // namespace ogi

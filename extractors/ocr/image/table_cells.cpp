#include "extractors/ocr/image/table_cells.h"

#include <algorithm>

namespace ogi {
namespace {

// Rules closer than this belong to one network (intersections a noisy scan did not close).
constexpr double kJoin = 0.02;
// Enclosed regions smaller than this either way are gaps between double rules, not cells.
constexpr double kMinCell = 0.04;

bool inside(const PixelBox& inner, const PixelBox& outer) {
  return inner.x0 >= outer.x0 && inner.y0 >= outer.y0 && inner.x1 <= outer.x1 &&
         inner.y1 <= outer.y1;
}

int count_inside(const std::vector<PixelBox>& lines, const PixelBox& area) {
  return static_cast<int>(std::count_if(lines.begin(), lines.end(),
                                        [&](const PixelBox& line) { return inside(line, area); }));
}

std::vector<PixelBox> networks(PIX* mask, double dpi) {
  const int join = to_pixels(kJoin, dpi) | 1;
  const PixPtr joined(pixDilateBrick(nullptr, mask, join, join));
  const BoxaPtr boxes(pixConnComp(joined.get(), nullptr, 8));
  return pixel_boxes(boxes.get());
}

std::vector<PixelBox> enclosed_cells(PIX* mask, const PixelBox& area, double dpi) {
  const LeptBoxPtr clip = lept_box(area);
  PixPtr lines(pixClipRectangle(mask, clip.get(), nullptr));
  // The network's box reaches past its outer rules by the join margin; a frame that wide lies
  // over them, so no sliver of paper is left between frame and rule.
  const LeptBoxPtr frame(boxCreate(0, 0, area.width(), area.height()));
  pixRenderBox(lines.get(), frame.get(), 2 * to_pixels(kJoin, dpi), L_SET_PIXELS);
  lines.reset(pixDilateBrick(nullptr, lines.get(), 3, 3));
  const PixPtr paper(pixInvert(nullptr, lines.get()));
  const BoxaPtr regions(pixConnComp(paper.get(), nullptr, 4));
  std::vector<PixelBox> cells;
  const int min_size = to_pixels(kMinCell, dpi);
  for (const PixelBox& region : pixel_boxes(regions.get())) {
    const bool touches_edge =
        region.x0 == 0 || region.y0 == 0 || region.x1 == area.width() || region.y1 == area.height();
    if (touches_edge || region.width() < min_size || region.height() < min_size) continue;
    cells.push_back(
        {region.x0 + area.x0, region.y0 + area.y0, region.x1 + area.x0, region.y1 + area.y0});
  }
  std::sort(cells.begin(), cells.end(), [](const PixelBox& a, const PixelBox& b) {
    return a.y0 != b.y0 ? a.y0 < b.y0 : a.x0 < b.x0;
  });
  return cells;
}

}  // namespace

std::vector<TableCellAreas> find_table_cell_areas(const DetectedRules& rules, double dpi) {
  std::vector<TableCellAreas> areas;
  for (const PixelBox& network : networks(rules.mask.get(), dpi)) {
    if (count_inside(rules.horizontal, network) < 2 || count_inside(rules.vertical, network) < 2) {
      continue;
    }
    areas.push_back({network, enclosed_cells(rules.mask.get(), network, dpi)});
  }
  std::sort(areas.begin(), areas.end(), [](const TableCellAreas& a, const TableCellAreas& b) {
    return a.bounds.y0 < b.bounds.y0;
  });
  return areas;
}

}  // namespace ogi

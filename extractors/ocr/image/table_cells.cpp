#include "extractors/ocr/image/table_cells.h"

#include <algorithm>

namespace ogi {
namespace {

// Rules closer than this belong to one network (intersections a noisy scan did not close).
constexpr double kJoin = 0.02;
// Enclosed regions smaller than this either way are gaps between double rules, not cells.
constexpr double kMinCell = 0.04;
// Breaks in a cell's border up to twice this (inches) are closed before the paper inside is
// taken as one cell: a thin rule a threshold broke, or a rule that stops short of the one it
// meets, would otherwise join two cells into one L-shaped area spanning rows. Layout joins such
// pieces too (merge_rulings); each area is grown back by the same amount.
constexpr double kBorderBreak = 0.025;
// A region of paper filling less of its bounding box than this is no rectangle (see cuts_through).
constexpr double kMinFill = 0.9;

bool inside(const PixelBox& inner, const PixelBox& outer) {
  return inner.x0 >= outer.x0 && inner.y0 >= outer.y0 && inner.x1 <= outer.x1 &&
         inner.y1 <= outer.y1;
}

int count_inside(const std::vector<PixelBox>& lines, const PixelBox& area) {
  return static_cast<int>(std::count_if(lines.begin(), lines.end(),
                                        [&](const PixelBox& line) { return inside(line, area); }));
}

bool overlap(const PixelBox& a, const PixelBox& b) {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

// Boxes that overlap, joined into their union until none do.
std::vector<PixelBox> joined_overlapping(std::vector<PixelBox> boxes) {
  for (bool joined = true; joined;) {
    joined = false;
    for (size_t i = 0; i < boxes.size() && !joined; ++i) {
      for (size_t j = i + 1; j < boxes.size() && !joined; ++j) {
        if (!overlap(boxes[i], boxes[j])) continue;
        boxes[i] = {std::min(boxes[i].x0, boxes[j].x0), std::min(boxes[i].y0, boxes[j].y0),
                    std::max(boxes[i].x1, boxes[j].x1), std::max(boxes[i].y1, boxes[j].y1)};
        boxes.erase(boxes.begin() + static_cast<long>(j));
        joined = true;
      }
    }
  }
  return boxes;
}

// A network's cells are the paper its box encloses among all the page's rules, so two networks
// whose boxes overlap (a table whose rules a scan broke apart, one part inside the other's box)
// are one table: read apart, the cells where they overlap would be read twice.
std::vector<PixelBox> networks(PIX* mask, double dpi) {
  const int join = to_pixels(kJoin, dpi) | 1;
  const PixPtr joined(pixDilateBrick(nullptr, mask, join, join));
  const BoxaPtr boxes(pixConnComp(joined.get(), nullptr, 8));
  return joined_overlapping(pixel_boxes(boxes.get()));
}

// Where to cut a region of paper that is no rectangle: at each horizontal rule running through
// it (over half its width). A row rule with a break the closing could not bridge joins the paper
// of two rows into an L; its cells are the L's rows, as layout's grid has them.
std::vector<int> cuts_through(const PixelBox& region, const std::vector<PixelBox>& horizontal) {
  std::vector<int> cuts;
  for (const PixelBox& line : horizontal) {
    const int y = (line.y0 + line.y1) / 2;
    const int overlap = std::min(line.x1, region.x1) - std::max(line.x0, region.x0);
    if (y > region.y0 && y < region.y1 && 2 * overlap > region.width()) cuts.push_back(y);
  }
  std::sort(cuts.begin(), cuts.end());
  return cuts;
}

// The region's pixels (`pix`, its bounding box `region`) split into rows at `cuts`, each row the
// boxes of its own pieces of paper: the lower row of an L whose upper row spans the table holds
// the paper of several cells, which must not become one box over the cells between them.
std::vector<PixelBox> rows_of(PIX* pix, const PixelBox& region, std::vector<int> cuts,
                              int min_size) {
  cuts.insert(cuts.begin(), region.y0);
  cuts.push_back(region.y1);
  std::vector<PixelBox> rows;
  for (size_t i = 0; i + 1 < cuts.size(); ++i) {
    const LeptBoxPtr strip(
        boxCreate(0, cuts[i] - region.y0, region.width(), cuts[i + 1] - cuts[i]));
    const PixPtr part(pixClipRectangle(pix, strip.get(), nullptr));
    if (!part) continue;
    const BoxaPtr pieces(pixConnComp(part.get(), nullptr, 4));
    for (const PixelBox& piece : pixel_boxes(pieces.get())) {
      if (piece.width() < min_size || piece.height() < min_size) continue;
      rows.push_back(
          {region.x0 + piece.x0, cuts[i] + piece.y0, region.x0 + piece.x1, cuts[i] + piece.y1});
    }
  }
  return rows;
}

std::vector<PixelBox> enclosed_cells(const DetectedRules& rules, const PixelBox& area, double dpi) {
  const LeptBoxPtr clip = lept_box(area);
  PixPtr lines(pixClipRectangle(rules.mask.get(), clip.get(), nullptr));
  // The network's box reaches past its outer rules by the join margin; a frame that wide lies
  // over them, so no sliver of paper is left between frame and rule.
  const LeptBoxPtr frame(boxCreate(0, 0, area.width(), area.height()));
  pixRenderBox(lines.get(), frame.get(), 2 * to_pixels(kJoin, dpi), L_SET_PIXELS);
  const int closing = to_pixels(kBorderBreak, dpi);
  lines.reset(pixDilateBrick(nullptr, lines.get(), 2 * closing + 1, 2 * closing + 1));
  const PixPtr paper(pixInvert(nullptr, lines.get()));
  PIXA* pixa = nullptr;
  const BoxaPtr regions(pixConnComp(paper.get(), &pixa, 4));
  const PixaPtr owned(pixa);
  std::vector<PixelBox> cells;
  const int min_size = to_pixels(kMinCell, dpi);
  const std::vector<PixelBox> found = pixel_boxes(regions.get());
  for (size_t i = 0; i < found.size(); ++i) {
    const PixelBox& region = found[i];
    const bool touches_edge =
        region.x0 == 0 || region.y0 == 0 || region.x1 == area.width() || region.y1 == area.height();
    if (touches_edge || region.width() < min_size || region.height() < min_size) continue;
    const PixelBox on_page{region.x0 + area.x0, region.y0 + area.y0, region.x1 + area.x0,
                           region.y1 + area.y0};
    const PixPtr pix(pixaGetPix(pixa, static_cast<int>(i), L_CLONE));
    int count = 0;
    pixCountPixels(pix.get(), &count, nullptr);
    std::vector<PixelBox> rows{on_page};
    if (count < kMinFill * region.width() * region.height()) {
      rows = rows_of(pix.get(), on_page, cuts_through(on_page, rules.horizontal), min_size);
    }
    for (const PixelBox& row : rows) {
      cells.push_back(
          {row.x0 - closing + 1, row.y0 - closing + 1, row.x1 + closing - 1, row.y1 + closing - 1});
    }
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
    areas.push_back({network, enclosed_cells(rules, network, dpi)});
  }
  std::sort(areas.begin(), areas.end(), [](const TableCellAreas& a, const TableCellAreas& b) {
    return a.bounds.y0 < b.bounds.y0;
  });
  return areas;
}

}  // namespace ogi

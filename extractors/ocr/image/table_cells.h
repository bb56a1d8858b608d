#pragma once

#include <vector>

#include "extractors/ocr/image/rule_detect.h"

namespace ogi {

// A ruled table on a scanned page and the paper its rules enclose, cell by cell.
struct TableArea {
  PixelBox bounds;
  std::vector<PixelBox> cells;  // interiors, rules excluded, top to bottom then left to right
};

// Tables are networks of touching rules with at least two lines each way; their cells are the
// connected regions of paper inside a network. A side the table leaves open is closed by the
// network's bounding box, as layout closes it when rebuilding the grid from the same rules.
std::vector<TableArea> find_table_areas(const DetectedRules& rules, double dpi);

}  // namespace ogi

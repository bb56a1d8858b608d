#pragma once

#include <vector>

#include "extractors/ocr/image/rule_detect.h"

namespace ogi {

// Where the OCR reads a ruled table of a scanned page: the table's pixel bounds and the paper its
// rules enclose, cell by cell. Not the table's grid: it has no rows, columns or spans. Layout
// builds that grid (RuledGrid, layout/structure/paged/ruled_grid.h) from the rulings
// assemble_page emits, as for a born-digital page, and needs to: (1) cells must be read before
// any text exists, while the grid's columns may come from the text (a frame with no column rules
// is one full-width area per row here, columns by text walls there, and rule stacks with no
// vertical line are no area at all); (2) a scanned page and a born-digital one must give the same
// tables, stitched across pages by the same boundaries. The two stay equal because both come
// from one DetectedRules, an open side is closed by the rules' extent in both, and each cell's
// runs keep their ink box inside the area, so they land in the layout cell over it;
// tests/extractors/scan_grids_test.cpp checks one area per layout cell on the scan fixtures.
struct TableCellAreas {
  PixelBox bounds;
  std::vector<PixelBox> cells;  // interiors, rules excluded, top to bottom then left to right
};

// Tables are networks of touching rules with at least two lines each way; their cells are the
// connected regions of paper inside a network. A side the table leaves open is closed by the
// network's bounding box, as layout closes it when rebuilding the grid from the same rules.
std::vector<TableCellAreas> find_table_cell_areas(const DetectedRules& rules, double dpi);

}  // namespace ogi

#pragma once

#include <vector>

#include "extractors/ocr/image/lept_ptr.h"

namespace ogi {

// Rules of which a threshold left only the crossings. A light grid thresholded like a fax or a
// photocopy vanishes except where two rules cross, overlap, and print darker: what is left is a
// lattice of small marks (a cross or a dot of a few pixels) at the grid's crossings, T-joins and
// corners. A mark is told from a speck by its size, from a glyph's fragment by the paper around
// it, and from a chance alignment by the lattice: it is kept while other marks share both its row
// and its column. Each row of kept marks stands for a row rule from its first mark to its last,
// each column for a column rule; a column is bridged from one row rule to the next only where the
// two rows cross the same columns (the bottom of one table and the top of the next share their
// outer borders at most).
struct CrossingRules {
  std::vector<PixelBox> horizontal;
  std::vector<PixelBox> vertical;
  std::vector<PixelBox> marks;  // the kept marks' boxes, to erase before reading
};
CrossingRules crossing_rules(PIX* binary, double dpi);

}  // namespace ogi

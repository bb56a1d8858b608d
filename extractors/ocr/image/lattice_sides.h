#pragma once

#include <vector>

#include "extractors/ocr/image/lept_ptr.h"

namespace ogi {

// The outer columns and the header of a grid rebuilt from its crossings (rule_crossings.h). A
// crossing on a table's border is a T-join or a corner, half as dark as a crossing inside it, so
// the threshold that left the inner crossings erased the outer ones: the lattice stops one column
// short of the table's right border (总计's values beyond it), its labels beyond its left end and
// its column headers above its top row. Each table's lattice (its rules that cross) is widened to
// the print that continues its rows past its left and right ends, chained across gaps no wider
// than a label column's gutter and found in at least three of its rows, and raised to the print
// above its top row within its columns, chained across gaps no taller than a header's lines. The
// rows that reach an end are drawn on to the new border, the columns that reach the top up to the
// new top, and the new borders are drawn. `components`: the boxes of the connected components of
// the page (`page_width` pixels wide) the rules were found on.
void widen_lattice(const std::vector<PixelBox>& components, int page_width, double dpi,
                   std::vector<PixelBox>& horizontal, std::vector<PixelBox>& vertical);

}  // namespace ogi

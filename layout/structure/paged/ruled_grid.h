#pragma once

#include <vector>

#include "layout/structure/paged/rule_lines.h"
#include "model/geometry.h"

namespace ogi {

// A cell of a rebuilt grid: anchored at (row, col), covering row_span x col_span slots.
struct RuledGridCell {
  int row = 0;
  int col = 0;
  int row_span = 1;
  int col_span = 1;
  Box box;
};

// A table's grid as drawn on the page: slot boundaries from the snapped rule positions, cells
// from the slots no interior rule separates. Built from rules whether they were read from a PDF's
// vector content or detected on a scanned image.
class RuledGrid {
 public:
  RuledGrid(std::vector<double> xs, std::vector<double> ys, std::vector<RuledGridCell> cells);

  int row_count() const { return static_cast<int>(ys_.size()) - 1; }
  int col_count() const { return static_cast<int>(xs_.size()) - 1; }
  const std::vector<double>& xs() const { return xs_; }
  const std::vector<double>& ys() const { return ys_; }
  const std::vector<RuledGridCell>& cells() const { return cells_; }
  Box bounds() const { return {xs_.front(), ys_.front(), xs_.back(), ys_.back()}; }
  // Index into cells() of the cell containing the point, -1 outside the grid.
  int cell_at(double x, double y) const;

 private:
  std::vector<double> xs_;
  std::vector<double> ys_;
  std::vector<RuledGridCell> cells_;
  std::vector<int> slots_;  // row-major: the cell covering each slot
};

// Grid of one table region (see table_regions). Outer borders the table omits are taken from the
// extent of the other axis's rules. A cell spans the slots that no interior rule separates: a
// missing vertical rule joins columns, a missing horizontal one joins rows.
RuledGrid build_ruled_grid(const RuleSet& region);

}  // namespace ogi

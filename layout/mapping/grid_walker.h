#pragma once

#include <optional>
#include <string>
#include <vector>

#include "layout/dense_grid.h"
#include "layout/mapping/table_resolver.h"

namespace ogi {

// A value the walker placed: which grid cell holds the canonical cell's text.
struct MappedCell {
  CellKey key;
  const DenseGrid* grid = nullptr;
  int anchor = -1;
  std::string column_label;
  bool extra = false;
  // Its column header or row label was not read; the place follows from the template's order.
  bool place_inferred = false;
};

// Column meanings found in a table's header; carried into the next fragment of the same table
// when that fragment repeats no header (a table split over pages).
struct ColumnState {
  int col_count = 0;
  std::vector<std::optional<ColumnResolution>> columns;
  bool known() const { return !columns.empty(); }
};

// Walks a grid top to bottom: header blocks give column meanings, label cells give row meanings,
// and every value cell under a known column in a known row becomes a MappedCell. Values are placed
// by what their labels say, never by counting numbers.
std::vector<MappedCell> walk_grid(const DenseGrid& grid, TableResolver& resolver,
                                  ColumnState& columns);

}  // namespace ogi

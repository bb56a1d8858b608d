#pragma once

#include <string>
#include <vector>

#include "model/document.h"

namespace ogi {

// Writes a Table row by row, for grids that layout rebuilds rather than reads.
class TableWriter {
 public:
  // Starts a new row; cells are then placed left to right.
  void new_row();
  // A cell at the next free column of the current row, spanning `col_span` columns and
  // `row_span` rows (covered positions below must be skipped with skip()).
  void add(std::string text, int col_span = 1, int row_span = 1);
  void skip(int columns = 1);
  int row() const { return row_; }
  Table finish();

 private:
  Table table_;
  int row_ = -1;
  int col_ = 0;
};

}  // namespace ogi

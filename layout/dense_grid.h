#pragma once

#include <string>
#include <vector>

#include "model/cell_value.h"
#include "model/document.h"

namespace ogi {

// A table expanded so every grid position points at the cell that covers it: merged cells repeat
// their text over their span, which is how a reader sees row and column labels.
class DenseGrid {
 public:
  explicit DenseGrid(const Table& table);

  int row_count() const { return rows_; }
  int col_count() const { return cols_; }
  // Index into table().cells of the cell covering (row, col), -1 for an uncovered position.
  int anchor_at(int row, int col) const { return slots_[row * cols_ + col]; }
  const Table& table() const { return *table_; }
  const TableCell& cell(int anchor) const { return table_->cells[anchor]; }
  // Compact label form of a cell's text, computed once.
  const std::string& compact_text(int anchor) const { return compact_[anchor]; }
  const CellValue& value(int anchor) const { return values_[anchor]; }

  // Distinct cells of a row, left to right, each once however wide it is.
  std::vector<int> row_anchors(int row) const;

 private:
  const Table* table_;
  int rows_ = 0;
  int cols_ = 0;
  std::vector<int> slots_;
  std::vector<std::string> compact_;
  std::vector<CellValue> values_;
};

}  // namespace ogi

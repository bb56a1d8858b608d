#include "layout/dense_grid.h"

#include <algorithm>

#include "normalize/cell_value_parser.h"
#include "normalize/text_normalize.h"

namespace ogi {
namespace {

// Bounds a hostile span ("rowspan=100000") to the table the cells actually describe.
constexpr int kMaxGridDimension = 2000;

}  // namespace

DenseGrid::DenseGrid(const Table& table) : table_(&table) {
  for (const TableCell& cell : table.cells) {
    rows_ = std::max(rows_, cell.row + std::max(cell.row_span, 1));
    cols_ = std::max(cols_, cell.col + std::max(cell.col_span, 1));
  }
  rows_ = std::clamp(std::max(rows_, table.row_count), 0, kMaxGridDimension);
  cols_ = std::clamp(std::max(cols_, table.col_count), 0, kMaxGridDimension);
  slots_.assign(static_cast<size_t>(rows_) * cols_, -1);
  compact_.reserve(table.cells.size());
  values_.reserve(table.cells.size());
  for (size_t index = 0; index < table.cells.size(); ++index) {
    const TableCell& cell = table.cells[index];
    compact_.push_back(compact_label(cell.text));
    values_.push_back(parse_cell_value(cell.text));
    const int row_end = std::min(rows_, cell.row + std::max(cell.row_span, 1));
    const int col_end = std::min(cols_, cell.col + std::max(cell.col_span, 1));
    for (int r = std::max(cell.row, 0); r < row_end; ++r) {
      for (int c = std::max(cell.col, 0); c < col_end; ++c) {
        int& slot = slots_[r * cols_ + c];
        if (slot < 0) slot = static_cast<int>(index);
      }
    }
  }
}

std::vector<int> DenseGrid::row_anchors(int row) const {
  std::vector<int> anchors;
  for (int col = 0; col < cols_; ++col) {
    const int anchor = anchor_at(row, col);
    if (anchor >= 0 && (anchors.empty() || anchors.back() != anchor)) anchors.push_back(anchor);
  }
  return anchors;
}

}  // namespace ogi

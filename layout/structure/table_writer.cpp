#include "layout/structure/table_writer.h"

#include <algorithm>

namespace ogi {

void TableWriter::new_row() {
  ++row_;
  col_ = 0;
}

void TableWriter::add(std::string text, int col_span, int row_span) {
  if (row_ < 0) new_row();
  TableCell cell;
  cell.row = row_;
  cell.col = col_;
  cell.col_span = std::max(col_span, 1);
  cell.row_span = std::max(row_span, 1);
  cell.text = std::move(text);
  table_.cells.push_back(std::move(cell));
  col_ += std::max(col_span, 1);
  table_.col_count = std::max(table_.col_count, col_);
}

void TableWriter::skip(int columns) {
  col_ += columns;
  table_.col_count = std::max(table_.col_count, col_);
}

Table TableWriter::finish() {
  table_.row_count = row_ + 1;
  return std::move(table_);
}

}  // namespace ogi

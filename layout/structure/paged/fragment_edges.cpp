#include "layout/structure/paged/fragment_edges.h"

#include <algorithm>

namespace ogi {
namespace {

// Whether a cell beginning in `row` prints text there: a merged cell reaching further down may
// print its (centred) text below.
bool prints_in_row(const TableCell& cell, int row) {
  return cell.row == row && !cell.text.empty() && cell.row_span == 1;
}

bool begins_text(const Table& table, int row) {
  return std::any_of(table.cells.begin(), table.cells.end(),
                     [&](const TableCell& cell) { return cell.row == row && !cell.text.empty(); });
}

}  // namespace

void drop_blank_last_rows(Table& table) {
  int rows = table.row_count;
  while (rows > 1 && !begins_text(table, rows - 1)) --rows;
  if (rows == table.row_count) return;
  std::erase_if(table.cells, [&](const TableCell& cell) { return cell.row >= rows; });
  for (TableCell& cell : table.cells) cell.row_span = std::min(cell.row_span, rows - cell.row);
  table.row_count = rows;
}

int blank_rows_from(const Table& table, int first) {
  int row = first;
  while (row < table.row_count &&
         std::none_of(table.cells.begin(), table.cells.end(),
                      [&](const TableCell& cell) { return prints_in_row(cell, row); })) {
    ++row;
  }
  return row;
}

void move_to_row(Table& table, int row) {
  for (TableCell& cell : table.cells) {
    const int end = cell.row + cell.row_span;
    if (cell.row >= row || end <= row) continue;
    cell.row_span = end - row;
    cell.row = row;
  }
}

}  // namespace ogi

#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "model/document.h"

// Checks of a Table's grid that the extractor tests share: anchors, spans, coverage.
namespace ogi::testing {

// The anchor at exactly (row, col), or null when the position is covered by a span or empty.
inline const TableCell* anchor_at(const Table& table, int row, int col) {
  for (const TableCell& cell : table.cells) {
    if (cell.row == row && cell.col == col) return &cell;
  }
  return nullptr;
}

inline std::string text_at(const Table& table, int row, int col) {
  const TableCell* cell = anchor_at(table, row, col);
  EXPECT_NE(cell, nullptr) << "no cell anchored at (" << row << "," << col << ")";
  return cell ? cell->text : "<none>";
}

inline void expect_span(const Table& table, int row, int col, int row_span, int col_span,
                        const std::string& text) {
  const TableCell* cell = anchor_at(table, row, col);
  ASSERT_NE(cell, nullptr) << "no cell anchored at (" << row << "," << col << ")";
  EXPECT_EQ(cell->row_span, row_span) << text;
  EXPECT_EQ(cell->col_span, col_span) << text;
  EXPECT_EQ(cell->text, text);
}

// Every grid position is covered by at most one anchor and no anchor leaves the grid.
inline void expect_consistent_grid(const Table& table) {
  std::vector<int> covered(static_cast<size_t>(table.row_count * table.col_count), 0);
  for (const TableCell& cell : table.cells) {
    ASSERT_GE(cell.row, 0);
    ASSERT_GE(cell.col, 0);
    ASSERT_LE(cell.row + cell.row_span, table.row_count) << cell.text;
    ASSERT_LE(cell.col + cell.col_span, table.col_count) << cell.text;
    for (int r = cell.row; r < cell.row + cell.row_span; ++r) {
      for (int c = cell.col; c < cell.col + cell.col_span; ++c) {
        EXPECT_EQ(++covered[static_cast<size_t>(r * table.col_count + c)], 1)
            << "(" << r << "," << c << ") covered twice";
      }
    }
  }
}

}  // namespace ogi::testing

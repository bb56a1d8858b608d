#include "extractors/common/span_table_builder.h"

#include <algorithm>

namespace ogi {
namespace {

// The HTML limits are 1000 columns and 65534 rows; report tables need a fraction of that, and a
// grid is later expanded to rows x columns positions.
constexpr int kMaxColSpan = 100;
constexpr int kMaxRowSpan = 65534;

}  // namespace

void SpanTableBuilder::begin_row() {
  ++row_;
  cursor_ = 0;
}

void SpanTableBuilder::add_cell(int row_span, int col_span, std::string text) {
  if (row_ < 0) begin_row();
  row_span = std::clamp(row_span, 1, kMaxRowSpan);
  col_span = std::clamp(col_span, 1, kMaxColSpan);
  while (covered(cursor_)) ++cursor_;
  // Overlapping cells are a table-model error; the later cell stops where a rowspan covers.
  int fit = 1;
  while (fit < col_span && !covered(cursor_ + fit)) ++fit;
  col_span = fit;
  TableCell cell;
  cell.row = row_;
  cell.col = cursor_;
  cell.row_span = row_span;
  cell.col_span = col_span;
  cell.text = std::move(text);
  table_.cells.push_back(std::move(cell));
  const int end = cursor_ + col_span;
  if (static_cast<int>(covered_until_.size()) < end) covered_until_.resize(end, 0);
  for (int col = cursor_; col < end; ++col) covered_until_[col] = row_ + row_span;
  cursor_ = end;
  widest_ = std::max(widest_, end);
}

bool SpanTableBuilder::covered(int col) const {
  return col < static_cast<int>(covered_until_.size()) && covered_until_[col] > row_;
}

Table SpanTableBuilder::finish() {
  table_.row_count = row_ + 1;
  table_.col_count = widest_;
  for (TableCell& cell : table_.cells) {
    cell.row_span = std::min(cell.row_span, table_.row_count - cell.row);
  }
  return std::move(table_);
}

}  // namespace ogi

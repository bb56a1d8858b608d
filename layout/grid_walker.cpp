#include "layout/grid_walker.h"

#include <algorithm>

#include "layout/label_match.h"

namespace ogi {
namespace {

bool is_number(const CellValue& value) {
  return value.semantic == Semantic::kNumeric || value.semantic == Semantic::kZero;
}

// The first grid column whose meaning is known; cells left of it are row labels.
int first_keyed_column(const ColumnState& state) {
  for (size_t col = 0; col < state.columns.size(); ++col) {
    if (state.columns[col]) return static_cast<int>(col);
  }
  return static_cast<int>(state.columns.size());
}

struct RowCells {
  std::vector<int> labels;
  std::vector<int> values;
};

// With known columns, labels are the cells left of the first keyed column. Without them (the
// table's own header rows), labels are the leading text cells.
RowCells split_row(const DenseGrid& grid, int row, const ColumnState& state) {
  RowCells cells;
  const int label_end = state.known() ? first_keyed_column(state) : -1;
  bool in_labels = true;
  for (int anchor : grid.row_anchors(row)) {
    if (state.known()) {
      (grid.cell(anchor).col < label_end ? cells.labels : cells.values).push_back(anchor);
      continue;
    }
    in_labels = in_labels && grid.value(anchor).semantic == Semantic::kText;
    (in_labels ? cells.labels : cells.values).push_back(anchor);
  }
  return cells;
}

std::vector<std::string> label_parts(const DenseGrid& grid, const std::vector<int>& anchors) {
  std::vector<std::string> parts;
  for (int anchor : anchors) {
    for (std::string& part : split_enumerated_parts(grid.compact_text(anchor))) {
      if (parts.empty() || parts.back() != part) parts.push_back(std::move(part));
    }
  }
  return parts;
}

ColumnState resolve_header(const DenseGrid& grid, const std::vector<int>& header_rows,
                           const TableResolver& resolver) {
  ColumnState state;
  state.col_count = grid.col_count();
  state.columns.resize(grid.col_count());
  bool any = false;
  for (int col = 0; col < grid.col_count(); ++col) {
    std::vector<std::string> parts;
    for (int row : header_rows) {
      const int anchor = grid.anchor_at(row, col);
      if (anchor < 0) continue;
      const std::string& text = grid.compact_text(anchor);
      if (!text.empty() && (parts.empty() || parts.back() != text)) parts.push_back(text);
    }
    state.columns[col] = resolver.resolve_column(parts);
    any = any || state.columns[col].has_value();
  }
  if (!any) state.columns.clear();
  return state;
}

// The meaning of the column a value cell starts in, or of the first known column it spans.
const ColumnResolution* column_of(const DenseGrid& grid, int anchor, const ColumnState& state) {
  const TableCell& cell = grid.cell(anchor);
  const int end = std::min<int>(cell.col + std::max(cell.col_span, 1), state.columns.size());
  for (int col = std::max(cell.col, 0); col < end; ++col) {
    if (state.columns[col]) return &*state.columns[col];
  }
  return nullptr;
}

}  // namespace

std::vector<MappedCell> walk_grid(const DenseGrid& grid, TableResolver& resolver,
                                  ColumnState& columns) {
  if (columns.known() && columns.col_count != grid.col_count()) columns = {};
  std::vector<MappedCell> mapped;
  std::vector<int> header_rows;
  for (int row = 0; row < grid.row_count(); ++row) {
    RowCells cells = split_row(grid, row, columns);
    const RowResolution resolution = resolver.resolve_row(label_parts(grid, cells.labels));
    if (resolution.role == RowRole::kCaption) continue;
    const bool has_number = std::any_of(cells.values.begin(), cells.values.end(),
                                        [&](int anchor) { return is_number(grid.value(anchor)); });
    const bool labelled = resolution.role == RowRole::kData && !cells.values.empty();
    if (!has_number && !labelled) {
      // A header row may print words that are also row labels ("总计", "行政复议"); only a group
      // row (（三）不予公开 on its own) is not part of a header.
      if (resolution.role != RowRole::kGroup) header_rows.push_back(row);
      continue;
    }
    if (!header_rows.empty()) {
      ColumnState header = resolve_header(grid, header_rows, resolver);
      if (header.known()) columns = std::move(header);
      header_rows.clear();
      cells = split_row(grid, row, columns);
    }
    if (!columns.known()) continue;
    const RowResolution final_resolution = resolver.resolve_row(label_parts(grid, cells.labels));
    for (int anchor : cells.values) {
      const ColumnResolution* column = column_of(grid, anchor, columns);
      if (column == nullptr) continue;
      std::optional<CellKey> key = resolver.cell_key(final_resolution, *column);
      if (!key) continue;
      mapped.push_back({std::move(*key), &grid, anchor, column->label, column->extra});
    }
  }
  return mapped;
}

}  // namespace ogi

#include "layout/mapping/grid_walker.h"

#include <algorithm>

#include "layout/labels/label_match.h"

namespace ogi {
namespace {

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

// Whether the deepest header row prints a cell of this column alone, left blank or unreadable:
// the place of a header that was lost, as opposed to a label column or a spanning caption.
bool has_own_unread_header(const DenseGrid& grid, const std::vector<int>& header_rows, int col) {
  if (header_rows.empty()) return false;
  const int anchor = grid.anchor_at(header_rows.back(), col);
  return anchor >= 0 && grid.cell(anchor).col == col &&
         std::max(grid.cell(anchor).col_span, 1) == 1;
}

// A header lost in a scan (its cell read blank or as noise) is given the one meaning the
// template's column order leaves between its read neighbours.
void infer_unread_columns(const DenseGrid& grid, const std::vector<int>& header_rows,
                          const TableResolver& resolver, ColumnState& state) {
  const std::vector<std::optional<ColumnResolution>> read = state.columns;
  const auto read_at = [&](int col) -> const ColumnResolution* {
    if (col < 0 || col >= static_cast<int>(read.size()) || !read[col]) return nullptr;
    return &*read[col];
  };
  for (int col = 0; col < static_cast<int>(read.size()); ++col) {
    if (read[col] || !has_own_unread_header(grid, header_rows, col)) continue;
    state.columns[col] = resolver.column_between(read_at(col - 1), read_at(col + 1));
  }
}

// A run of columns whose group header was lost (表四's 未经复议直接起诉 read blank) takes the one
// group the template's order leaves between the groups either side of the run.
void infer_unread_groups(const TableResolver& resolver, ColumnState& state) {
  auto& columns = state.columns;
  const auto grouped = [&](int col) {
    return col >= 0 && col < static_cast<int>(columns.size()) && columns[col] &&
           !columns[col]->group.empty();
  };
  if (std::none_of(columns.begin(), columns.end(),
                   [](const auto& column) { return column && !column->group.empty(); })) {
    return;  // groups are rows here (a transposed 表四), or the table has none
  }
  for (int start = 0; start < static_cast<int>(columns.size());) {
    if (!columns[start] || !columns[start]->group.empty()) {
      ++start;
      continue;
    }
    int end = start;
    while (end < static_cast<int>(columns.size()) && columns[end] && columns[end]->group.empty()) {
      ++end;
    }
    const std::string left = grouped(start - 1) ? columns[start - 1]->group : "";
    const std::string right = grouped(end) ? columns[end]->group : "";
    if (const std::optional<std::string> group = resolver.group_between(left, right)) {
      for (int col = start; col < end; ++col) {
        columns[col]->group = *group;
        columns[col]->inferred = true;
      }
    }
    start = end;
  }
}

// A group header that spans the wrong columns (the rule below it lost, or a column rule lost
// under it: 未经复议直接起诉 over six columns, the sixth 复议后起诉's 结果维持) is overruled by
// the leaf headers when they run through the template's columns once per group, in order.
void regroup_by_leaf_order(const TableResolver& resolver, ColumnState& state) {
  std::vector<ColumnResolution*> keyed;
  std::vector<std::string> leaves;
  for (auto& column : state.columns) {
    if (!column || column->extra) continue;
    keyed.push_back(&*column);
    leaves.push_back(column->key);
  }
  const std::optional<std::vector<std::string>> groups = resolver.groups_by_leaf_order(leaves);
  if (!groups) return;
  for (size_t i = 0; i < keyed.size(); ++i) {
    if (keyed[i]->group == (*groups)[i]) continue;
    keyed[i]->group = (*groups)[i];
    keyed[i]->inferred = true;
  }
}

// A header cell over several value columns that all resolved to one column (科研机构社会公益组织
// over two: the rule between the headers was lost, the values' gutters put the column back) gives
// each column its own header, when the template's columns in order spell the cell.
void split_run_together_headers(const DenseGrid& grid, const std::vector<int>& header_rows,
                                const TableResolver& resolver, ColumnState& state) {
  if (header_rows.empty()) return;
  const int cols = static_cast<int>(state.columns.size());
  for (int col = 0; col < cols;) {
    const int anchor = grid.anchor_at(header_rows.back(), col);
    int end = col + 1;
    while (end < cols && anchor >= 0 && grid.anchor_at(header_rows.back(), end) == anchor &&
           state.columns[end] && state.columns[col] &&
           state.columns[end]->key == state.columns[col]->key) {
      ++end;
    }
    if (end - col >= 2) {
      if (const auto spelled =
              resolver.columns_spelled(grid.compact_text(anchor), end - col, *state.columns[col])) {
        for (int i = col; i < end; ++i) state.columns[i] = (*spelled)[i - col];
      }
    }
    col = end;
  }
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
  split_run_together_headers(grid, header_rows, resolver, state);
  infer_unread_columns(grid, header_rows, resolver, state);
  infer_unread_groups(resolver, state);
  regroup_by_leaf_order(resolver, state);
  return state;
}

// The column a value cell starts in, or the first known column it spans, if any is known.
std::optional<int> known_column(const DenseGrid& grid, int anchor, const ColumnState& state) {
  const TableCell& cell = grid.cell(anchor);
  const int end = std::min<int>(cell.col + std::max(cell.col_span, 1), state.columns.size());
  for (int col = std::max(cell.col, 0); col < end; ++col) {
    if (state.columns[col]) return col;
  }
  return std::nullopt;
}

// Whether the value at `anchor`, in known column `col`, spans only some of the adjacent columns
// that resolved to that same template column (a scan lost the rule between two headers and their
// joined text reads as the first, or two header cells read alike): which of them it is, is a guess.
bool under_shared_header(const DenseGrid& grid, int anchor, const ColumnState& state, int col) {
  const ColumnResolution& column = *state.columns[col];
  if (column.extra) return false;
  const auto same = [&](int other) {
    const std::optional<ColumnResolution>& resolved = state.columns[other];
    return resolved && resolved->key == column.key && resolved->group == column.group;
  };
  int first = col;
  while (first > 0 && same(first - 1)) --first;
  int end = col + 1;
  while (end < static_cast<int>(state.columns.size()) && same(end)) ++end;
  const TableCell& cell = grid.cell(anchor);
  return end - first >= 2 && (cell.col > first || cell.col + std::max(cell.col_span, 1) < end);
}

// Whether the label cells that start in this row (not a group label spanning it from above)
// were read blank, or as nothing a template row is labelled with (a label a scan garbled). A group
// label that starts in this row, (四)无法提供 beside its first item, does not count, nor does a
// blank cell beside a label that was read: the item's label is what was lost.
bool own_labels_unread(const DenseGrid& grid, int row, const std::vector<int>& labels,
                       TableResolver& resolver) {
  std::vector<int> own;
  for (int anchor : labels) {
    if (grid.cell(anchor).row == row) own.push_back(anchor);
  }
  if (own.empty()) return false;
  const auto blank = [&](int anchor) { return grid.compact_text(anchor).empty(); };
  if (std::ranges::all_of(own, blank)) return true;
  std::erase_if(own, [&](int anchor) {
    return blank(anchor) ||
           resolver.resolve_row(label_parts(grid, {anchor})).role == RowRole::kGroup;
  });
  return !own.empty() && resolver.resolve_row(label_parts(grid, own)).role == RowRole::kHeader;
}

bool holds_numbers(const DenseGrid& grid, const std::vector<int>& values) {
  return std::ranges::any_of(values, [&](int anchor) { return holds_number(grid.value(anchor)); });
}

// Rows whose labels a scan lost, one after another, looked at ahead of the first of them: as many
// as 表三's longest group ((三)不予公开, 8 items), whose labels a scan loses together when it
// loses the group label beside them. The template's count between two read rows must match.
constexpr int kMaxUnreadRun = 8;

// A data row whose labels were read blank or garbled takes its row from the template's order:
// the first of the rows between the data row above (or the table's start) and the next row
// whose label was read (or the grid's end), when the template puts exactly as many rows there as
// the grid prints, each with numbers and an unread label.
RowResolution infer_unread_row(const DenseGrid& grid, int row, const RowCells& cells,
                               const ColumnState& columns, const std::string& previous_key,
                               TableResolver& resolver) {
  if (!resolver.orders_rows() || !own_labels_unread(grid, row, cells.labels, resolver)) return {};
  for (int next = row + 1; next - row <= kMaxUnreadRun; ++next) {
    if (next == grid.row_count()) {
      return resolver.first_row_between(previous_key, "", next - row).value_or(RowResolution{});
    }
    const RowCells below = split_row(grid, next, columns);
    const RowResolution resolution = resolver.resolve_row(label_parts(grid, below.labels));
    if (resolution.role == RowRole::kData) {
      return resolver.first_row_between(previous_key, resolution.key, next - row)
          .value_or(RowResolution{});
    }
    if (!holds_numbers(grid, below.values) ||
        !own_labels_unread(grid, next, below.labels, resolver)) {
      return {};
    }
  }
  return {};
}

}  // namespace

std::vector<MappedCell> walk_grid(const DenseGrid& grid, TableResolver& resolver,
                                  ColumnState& columns) {
  if (columns.known() && columns.col_count != grid.col_count()) columns = {};
  std::vector<MappedCell> mapped;
  std::vector<int> header_rows;
  std::string previous_key;  // of the last data row, for infer_unread_row
  for (int row = 0; row < grid.row_count(); ++row) {
    RowCells cells = split_row(grid, row, columns);
    const RowResolution resolution = resolver.resolve_row(label_parts(grid, cells.labels));
    if (resolution.role == RowRole::kCaption) continue;
    const bool has_number = holds_numbers(grid, cells.values);
    // 表四 prints no row labels, so every row resolves as data there; without numbers or labels
    // it is a header row (one whose first header cell was read blank).
    const bool labelled =
        resolution.role == RowRole::kData && !cells.labels.empty() && !cells.values.empty();
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
    RowResolution final_resolution = resolver.resolve_row(label_parts(grid, cells.labels));
    // Not a data row by its labels (only a group label spanning it from above, say): perhaps one
    // whose own label was lost.
    if (final_resolution.role != RowRole::kData) {
      const RowResolution inferred =
          infer_unread_row(grid, row, cells, columns, previous_key, resolver);
      if (inferred.role == RowRole::kData) final_resolution = inferred;
    }
    if (final_resolution.role == RowRole::kData) previous_key = final_resolution.key;
    for (int anchor : cells.values) {
      const std::optional<int> col = known_column(grid, anchor, columns);
      if (!col) continue;
      const ColumnResolution* column = &*columns.columns[*col];
      const bool inferred = column->inferred || final_resolution.inferred ||
                            under_shared_header(grid, anchor, columns, *col);
      // An inferred place holds values; text there means the inference was wrong.
      if (inferred && grid.value(anchor).semantic == Semantic::kText) continue;
      std::optional<CellKey> key = resolver.cell_key(final_resolution, *column);
      if (!key) continue;
      mapped.push_back({std::move(*key), &grid, anchor, column->label, column->extra, inferred});
    }
  }
  return mapped;
}

}  // namespace ogi

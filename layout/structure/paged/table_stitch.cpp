#include "layout/structure/paged/table_stitch.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>

#include "layout/structure/paged/fragment_edges.h"
#include "layout/structure/paged/rule_lines.h"
#include "layout/structure/paged/split_label.h"
#include "layout/structure/parsed_number.h"
#include "normalize/paragraph_breaks.h"
#include "normalize/text_normalize.h"

namespace ogi {
namespace {

// Edges of two fragments agree within this (points), once the shift between them is undone.
constexpr double kEdgeTolerance = 4.0;
// A scanned page lies wherever the sheet lay in the scanner, and each page of a 2-up sheet where
// the imposition put it on its half: a table may go on up to this far (points, a third of an
// inch) to the side of where it left off, its edges and column boundaries shifted alike. Pages of
// a born-digital file are not shifted.
constexpr double kMaxShift = 24.0;
constexpr double kMatchedBoundaries = 0.8;

// How far `next` lies to the right of `previous`: the mean shift of the two edges, when the edges
// moved alike (the fragments are equally wide) and not too far.
std::optional<double> sideways_shift(const PlacedTable& previous, const PlacedTable& next) {
  const double left = next.xs.front() - previous.xs.front();
  const double right = next.xs.back() - previous.xs.back();
  const double shift = (left + right) / 2;
  if (std::fabs(left - shift) > kEdgeTolerance || std::fabs(shift) > kMaxShift) {
    return std::nullopt;
  }
  return shift;
}

std::vector<double> moved_by(std::vector<double> xs, double dx) {
  for (double& x : xs) x += dx;
  return xs;
}

int nearest_index(const std::vector<double>& xs, double x) {
  int best = 0;
  for (int i = 1; i < static_cast<int>(xs.size()); ++i) {
    if (std::fabs(xs[i] - x) < std::fabs(xs[best] - x)) best = i;
  }
  return best;
}

bool has_near(const std::vector<double>& xs, double x) {
  return std::any_of(xs.begin(), xs.end(), [&](double v) { return std::fabs(v - x) <= kRuleSnap; });
}

std::vector<double> unified_boundaries(const std::vector<double>& a, const std::vector<double>& b) {
  std::vector<double> all = a;
  for (double x : b) {
    if (!has_near(a, x)) all.push_back(x);
  }
  std::sort(all.begin(), all.end());
  return all;
}

// Re-expresses a fragment's columns in the unified boundaries.
void remap_columns(Table& table, const std::vector<double>& from, const std::vector<double>& to) {
  for (TableCell& cell : table.cells) {
    const int first = nearest_index(to, from[cell.col]);
    const int end = nearest_index(to, from[cell.col + cell.col_span]);
    cell.col = first;
    cell.col_span = std::max(1, end - first);
  }
  table.col_count = static_cast<int>(to.size()) - 1;
}

std::vector<const TableCell*> row_cells(const Table& table, int row) {
  std::vector<const TableCell*> cells;
  for (const TableCell& cell : table.cells) {
    if (cell.row == row) cells.push_back(&cell);
  }
  std::sort(cells.begin(), cells.end(),
            [](const TableCell* a, const TableCell* b) { return a->col < b->col; });
  return cells;
}

std::string row_signature(const Table& table, int row) {
  std::string signature;
  for (const TableCell* cell : row_cells(table, row)) {
    signature += std::to_string(cell->col) + ":" + std::to_string(cell->col_span) + ":" +
                 compact_label(cell->text) + "|";
  }
  return signature;
}

bool has_number_in_row(const Table& table, int row) {
  for (const TableCell* cell : row_cells(table, row)) {
    if (parses_as_number(cell->text)) return true;
  }
  return false;
}

// Leading rows of `next` that repeat the first rows of `previous` word for word.
int repeated_header_rows(const Table& previous, const Table& next) {
  int rows = 0;
  while (rows < next.row_count && rows < previous.row_count && !has_number_in_row(next, rows) &&
         row_signature(next, rows) == row_signature(previous, rows) &&
         !row_signature(next, rows).empty()) {
    ++rows;
  }
  return rows;
}

// The first column holding a number anywhere in either fragment: columns left of it are labels.
int first_value_column(const Table& a, const Table& b) {
  int first = a.col_count;
  for (const Table* table : {&a, &b}) {
    for (const TableCell& cell : table->cells) {
      if (parses_as_number(cell.text)) first = std::min(first, cell.col);
    }
  }
  return first;
}

TableCell* cell_covering(Table& table, int row, int col) {
  for (TableCell& cell : table.cells) {
    if (row >= cell.row && row < cell.row + cell.row_span && col >= cell.col &&
        col < cell.col + cell.col_span) {
      return &cell;
    }
  }
  return nullptr;
}

struct RowShape {
  bool numbers = false;
  bool values_empty = true;
  bool labels = false;
  bool label_starts_item = false;  // a label opening with 一、 （一） 1.
};

RowShape covering_row_shape(Table& table, int row, int value_col) {
  RowShape shape;
  for (int col = 0; col < table.col_count; ++col) {
    const TableCell* cell = cell_covering(table, row, col);
    if (cell == nullptr || cell->col != col || cell->text.empty()) continue;
    if (col >= value_col) {
      shape.values_empty = false;
      shape.numbers = shape.numbers || parses_as_number(cell->text);
    } else {
      shape.labels = true;
    }
  }
  return shape;
}

// Whether a label the continuation's first row begins opens an item of its own (一、 （一） 1.).
// One under an empty cell of the same columns above the break opens nothing: it is the text of a
// merged cell the break cut, printed (centred in the whole cell) below the break.
bool opens_item(Table& previous, const Table& next, int row, int value_col) {
  const std::vector<const TableCell*> parts = row_cells(next, row);
  return std::any_of(parts.begin(), parts.end(), [&](const TableCell* part) {
    if (part->col >= value_col || !starts_with_heading_marker(part->text)) return false;
    const TableCell* above = cell_covering(previous, previous.row_count - 1, part->col);
    return above == nullptr || above->col != part->col || above->col_span != part->col_span ||
           !above->text.empty();
  });
}

// A row cut by the page break: one part carries the numbers, the other only the rest of the
// label (or only the label, the numbers following on the next page).
bool is_cut_row(const RowShape& last, const RowShape& first) {
  if (first.label_starts_item) return false;
  const bool label_overflow = first.values_empty && first.labels && last.numbers;
  const bool numbers_follow = last.values_empty && last.labels && first.numbers;
  return label_overflow || numbers_follow;
}

// A row cut inside its labels (a header row: "商业" / "企业", "社会" / "公益组织"): most cells the
// two parts print in the same columns join into labels of the template. Rows that both carry
// numbers are two rows, whatever their labels say.
bool is_cut_label_row(Table& previous, const Table& next, int next_row, const RowShape& last,
                      const RowShape& first) {
  if (last.numbers && first.numbers) return false;
  int pairs = 0;
  int joined = 0;
  for (const TableCell* part : row_cells(next, next_row)) {
    const TableCell* above = cell_covering(previous, previous.row_count - 1, part->col);
    if (above == nullptr || above->col != part->col || above->col_span != part->col_span ||
        above->text.empty() || part->text.empty()) {
      continue;
    }
    ++pairs;
    joined += joins_into_label(above->text, part->text) ? 1 : 0;
  }
  return joined > 0 && 2 * joined >= pairs;
}

void join_cell(TableCell& into, const TableCell& part, int extra_rows) {
  if (into.text.empty() && !part.text.empty()) {
    into.box = part.box;
    into.page = part.page;
  }
  into.text = normalize_text(into.text + "\n" + part.text);
  into.row_span += extra_rows;
  into.confidence = std::min(into.confidence, part.confidence);
}

// How the first row of the continuation meets the last row of `previous`.
struct Boundary {
  bool cut_row = false;  // one row cut by the page break
  // ... whose headings of several columns printed whole above the break, while the labels under
  // them begin the next row (表四's 未经复议直接起诉 over 结果维持 ... 总计): the cut cells
  // join, the rest is a row of its own.
  bool opens_row = false;
  int joined_rows() const { return cut_row && !opens_row ? 1 : 0; }
};

// Whether a part with text lies under a wider cell with text above the break.
bool starts_new_row(Table& previous, const std::vector<TableCell>& first_row) {
  return std::any_of(first_row.begin(), first_row.end(), [&](const TableCell& part) {
    const TableCell* above = cell_covering(previous, previous.row_count - 1, part.col);
    return above != nullptr && !part.text.empty() && !above->text.empty() &&
           above->col_span > part.col_span;
  });
}

// Joins the first row of the continuation into the last row of `previous`, whole (a cut row) or
// only its merged label cells that continue. Returns the cells of that row left to place.
std::vector<TableCell> join_boundary_row(Table& previous, std::vector<TableCell> first_row,
                                         const Boundary& boundary, int value_col) {
  const int last = previous.row_count - 1;
  std::vector<TableCell> rest;
  for (TableCell& part : first_row) {
    TableCell* above = cell_covering(previous, last, part.col);
    const bool same_columns =
        above != nullptr && above->col == part.col && above->col_span == part.col_span;
    const bool continues_merged = same_columns && part.col < value_col && above->row_span > 1 &&
                                  !starts_with_heading_marker(part.text);
    if (same_columns && (boundary.cut_row || continues_merged)) {
      join_cell(*above, part, part.row_span - boundary.joined_rows());
    } else {
      rest.push_back(std::move(part));
    }
  }
  return rest;
}

}  // namespace

bool continues_table(const PlacedTable& previous, const PlacedTable& next) {
  if (previous.xs.size() < 2 || next.xs.size() < 2) return false;
  const std::optional<double> shift = sideways_shift(previous, next);
  if (!shift) return false;
  const std::vector<double> next_xs = moved_by(next.xs, -*shift);
  const auto& fewer = previous.xs.size() <= next_xs.size() ? previous.xs : next_xs;
  const auto& more = previous.xs.size() <= next_xs.size() ? next_xs : previous.xs;
  const auto matched =
      std::count_if(fewer.begin(), fewer.end(), [&](double x) { return has_near(more, x); });
  return matched >= kMatchedBoundaries * static_cast<double>(fewer.size());
}

void append_table_fragment(PlacedTable& previous, PlacedTable next) {
  const std::vector<double> next_xs =
      moved_by(next.xs, -sideways_shift(previous, next).value_or(0));
  const std::vector<double> xs = unified_boundaries(previous.xs, next_xs);
  remap_columns(previous.table, previous.xs, xs);
  remap_columns(next.table, next_xs, xs);
  Table& into = previous.table;
  // The header the continuation repeats and the blank slivers of a cut row are dropped.
  const int dropped_rows = blank_rows_from(next.table, repeated_header_rows(into, next.table));
  move_to_row(next.table, dropped_rows);
  drop_blank_last_rows(into);
  const int value_col = first_value_column(into, next.table);
  const RowShape last = covering_row_shape(into, into.row_count - 1, value_col);
  RowShape first = covering_row_shape(next.table, dropped_rows, value_col);
  first.label_starts_item = opens_item(into, next.table, dropped_rows, value_col);
  Boundary boundary;
  boundary.cut_row =
      is_cut_row(last, first) || is_cut_label_row(into, next.table, dropped_rows, last, first);
  std::vector<TableCell> first_row;
  std::vector<TableCell> later;
  for (TableCell& cell : next.table.cells) {
    if (cell.row < dropped_rows) continue;
    (cell.row == dropped_rows ? first_row : later).push_back(std::move(cell));
  }
  boundary.opens_row = boundary.cut_row && starts_new_row(into, first_row);
  std::vector<TableCell> placed =
      join_boundary_row(into, std::move(first_row), boundary, value_col);
  const int offset = into.row_count - dropped_rows - boundary.joined_rows();
  placed.insert(placed.end(), later.begin(), later.end());
  for (TableCell& cell : placed) {
    cell.row += offset;
    into.cells.push_back(std::move(cell));
  }
  into.row_count = next.table.row_count + offset;
  into.last_page = next.table.last_page;
  previous.xs = xs;
  previous.bounds = next.bounds;
}

}  // namespace ogi

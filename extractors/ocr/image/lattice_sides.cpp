#include "extractors/ocr/image/lattice_sides.h"

#include <algorithm>
#include <climits>
#include <numeric>
#include <set>

namespace ogi {
namespace {

// Print is a component at least this long one way (inches), a glyph or a fragment of one, and at
// most kMaxPrint each way (no rule, no picture).
constexpr double kMinPrint = 0.025;
constexpr double kMaxPrint = 0.6;
// Print beyond a lattice's end is chained across gaps up to this (inches): the gutter between two
// label columns; above its top, across gaps up to kMaxHeaderGap: the lines of a header, not the
// space above a table that sets its heading apart.
constexpr double kMaxGutter = 0.5;
constexpr double kMaxHeaderGap = 0.07;
// Rows of a lattice in which the print beyond its end must stand (a column of values, not a
// mark beside the table), and columns above its top.
constexpr size_t kMinRows = 3;
constexpr size_t kMinColumns = 2;
// The new border keeps this clear of the print (inches).
constexpr double kPad = 0.02;
// Rules whose ends or centres are within this (inches) are at one place.
constexpr double kAlign = 0.015;

int centre_y(const PixelBox& box) { return (box.y0 + box.y1) / 2; }
int centre_x(const PixelBox& box) { return (box.x0 + box.x1) / 2; }

std::vector<PixelBox> print_boxes(const std::vector<PixelBox>& components, double dpi) {
  const int min_size = to_pixels(kMinPrint, dpi);
  const int max_size = to_pixels(kMaxPrint, dpi);
  std::vector<PixelBox> print;
  for (const PixelBox& box : components) {
    if (std::max(box.width(), box.height()) < min_size) continue;
    if (box.width() > max_size || box.height() > max_size) continue;
    print.push_back(box);
  }
  return print;
}

// The lattice's tables: groups of rules that cross, as indices into horizontal then vertical.
std::vector<std::vector<size_t>> tables_of(const std::vector<PixelBox>& horizontal,
                                           const std::vector<PixelBox>& vertical, int align) {
  std::vector<size_t> parent(horizontal.size() + vertical.size());
  std::iota(parent.begin(), parent.end(), 0);
  const auto root = [&](size_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  };
  for (size_t h = 0; h < horizontal.size(); ++h) {
    for (size_t v = 0; v < vertical.size(); ++v) {
      const PixelBox& row = horizontal[h];
      const PixelBox& column = vertical[v];
      const bool cross = centre_x(column) >= row.x0 - align && centre_x(column) <= row.x1 + align &&
                         centre_y(row) >= column.y0 - align && centre_y(row) <= column.y1 + align;
      if (cross) parent[root(horizontal.size() + v)] = root(h);
    }
  }
  std::vector<std::vector<size_t>> tables(parent.size());
  for (size_t i = 0; i < parent.size(); ++i) tables[root(i)].push_back(i);
  std::erase_if(tables, [&](const std::vector<size_t>& table) {
    const auto rows = std::ranges::count_if(table, [&](size_t i) { return i < horizontal.size(); });
    return rows < 2 || table.size() - rows < 2;
  });
  return tables;
}

struct Table {
  std::vector<PixelBox*> rows;
  std::vector<PixelBox*> columns;
};

// Which of the bands between `cuts` (sorted) `at` falls in.
size_t band_of(const std::vector<int>& cuts, int at) {
  return static_cast<size_t>(std::ranges::upper_bound(cuts, at) - cuts.begin());
}

// Widens the table's rows that end at its right (`right`) or left end to the print beyond it.
void widen_side(Table& table, const std::vector<PixelBox>& print, bool right, double dpi,
                std::vector<PixelBox>& vertical, int width) {
  const int align = to_pixels(kAlign, dpi);
  // The end most rows reach: a row or two may reach further (the border's T-joins there kept).
  int edge = 0;
  std::vector<PixelBox*> ends;
  for (const PixelBox* candidate : table.rows) {
    const int at = right ? candidate->x1 : candidate->x0;
    std::vector<PixelBox*> reaching;
    for (PixelBox* row : table.rows) {
      if (std::abs((right ? row->x1 : row->x0) - at) <= align) reaching.push_back(row);
    }
    if (reaching.size() > ends.size()) {
      edge = at;
      ends = std::move(reaching);
    }
  }
  if (ends.size() < kMinRows) return;
  std::vector<int> cuts;
  for (const PixelBox* row : ends) cuts.push_back(centre_y(*row));
  std::ranges::sort(cuts);
  std::vector<const PixelBox*> beyond;
  for (const PixelBox& box : print) {
    const bool outside = right ? box.x0 > edge : box.x1 < edge;
    if (outside && centre_y(box) > cuts.front() && centre_y(box) < cuts.back()) {
      beyond.push_back(&box);
    }
  }
  std::ranges::sort(beyond, [&](const PixelBox* a, const PixelBox* b) {
    return right ? a->x0 < b->x0 : a->x1 > b->x1;
  });
  const int gutter = to_pixels(kMaxGutter, dpi);
  int reach = edge;
  std::set<size_t> rows;
  for (const PixelBox* box : beyond) {
    if ((right ? box->x0 - reach : reach - box->x1) > gutter) break;
    reach = right ? std::max(reach, box->x1) : std::min(reach, box->x0);
    rows.insert(band_of(cuts, centre_y(*box)));
  }
  if (rows.size() < kMinRows) return;
  const int pad = to_pixels(kPad, dpi);
  const int border = std::clamp(right ? reach + pad : reach - pad, 0, width - 1);
  const int thickness = std::max(1, ends.front()->height());
  for (PixelBox* row : ends) (right ? row->x1 : row->x0) = right ? border + thickness : border;
  vertical.push_back({border, cuts.front() - thickness / 2, border + thickness,
                      cuts.back() + thickness - thickness / 2});
}

// Raises the table's columns that start at its top row to the print above it.
void raise_top(Table& table, const std::vector<PixelBox>& print, double dpi,
               std::vector<PixelBox>& horizontal) {
  const int align = to_pixels(kAlign, dpi);
  int top = INT_MAX;
  for (const PixelBox* row : table.rows) top = std::min(top, centre_y(*row));
  int x0 = INT_MAX, x1 = 0;
  for (const PixelBox* row : table.rows) {
    if (std::abs(centre_y(*row) - top) > align) continue;
    x0 = std::min(x0, row->x0);
    x1 = std::max(x1, row->x1);
  }
  std::vector<PixelBox*> starts;
  std::vector<int> cuts;
  for (PixelBox* column : table.columns) {
    if (std::abs(column->y0 - top) > 2 * align) continue;
    starts.push_back(column);
    cuts.push_back(centre_x(*column));
  }
  if (starts.size() < 2) return;
  std::ranges::sort(cuts);
  std::vector<const PixelBox*> above;
  for (const PixelBox& box : print) {
    if (box.y1 < top && centre_x(box) > x0 && centre_x(box) < x1) above.push_back(&box);
  }
  std::ranges::sort(above, [](const PixelBox* a, const PixelBox* b) { return a->y1 > b->y1; });
  const int gap = to_pixels(kMaxHeaderGap, dpi);
  int reach = top - align;  // the crossings' marks reach above the row's centre
  std::set<size_t> columns;
  for (const PixelBox* box : above) {
    if (reach - box->y1 > gap) break;
    reach = std::min(reach, box->y0);
    columns.insert(band_of(cuts, centre_x(*box)));
  }
  if (columns.size() < kMinColumns) return;
  const int border = std::max(0, reach - to_pixels(kPad, dpi));
  for (PixelBox* column : starts) column->y0 = border;
  const int thickness = std::max(1, starts.front()->width());
  horizontal.push_back({x0, border, x1, border + thickness});
}

}  // namespace

void widen_lattice(const std::vector<PixelBox>& components, int page_width, double dpi,
                   std::vector<PixelBox>& horizontal, std::vector<PixelBox>& vertical) {
  const std::vector<std::vector<size_t>> groups =
      tables_of(horizontal, vertical, to_pixels(kAlign, dpi));
  if (groups.empty()) return;
  const std::vector<PixelBox> print = print_boxes(components, dpi);
  // New borders go to the end of the lists, so the tables' pointers stay valid.
  std::vector<PixelBox> rows = horizontal;
  std::vector<PixelBox> columns = vertical;
  std::vector<PixelBox> new_rows, new_columns;
  new_columns.reserve(2 * groups.size());
  for (const std::vector<size_t>& group : groups) {
    Table table;
    for (size_t i : group) {
      if (i < rows.size()) {
        table.rows.push_back(&rows[i]);
      } else {
        table.columns.push_back(&columns[i - rows.size()]);
      }
    }
    const size_t first_new_column = new_columns.size();
    widen_side(table, print, true, dpi, new_columns, page_width);
    widen_side(table, print, false, dpi, new_columns, page_width);
    for (size_t i = first_new_column; i < new_columns.size(); ++i) {
      table.columns.push_back(&new_columns[i]);
    }
    raise_top(table, print, dpi, new_rows);
  }
  horizontal = std::move(rows);
  horizontal.insert(horizontal.end(), new_rows.begin(), new_rows.end());
  vertical = std::move(columns);
  vertical.insert(vertical.end(), new_columns.begin(), new_columns.end());
}

}  // namespace ogi

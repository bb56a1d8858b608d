#include "layout/structure/unruled/value_columns.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "layout/structure/text_dump/dump_tokens.h"
#include "normalize/text_normalize.h"

namespace ogi {
namespace {

// A value further from its column's centre than this share of the way to the neighbouring
// column's centre stands between the two.
constexpr double kAmbiguousShare = 1.0 / 3;

struct Group {
  std::vector<double> header;  // leaf header centres, left to right
  std::vector<size_t> rows;    // rows printing values
};

bool overlaps(const Box& a, const Box& b) { return a.x0 < b.x1 && b.x0 < a.x1; }

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const size_t mid = values.size() / 2;
  return values.size() % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

bool placeable(const TextRow& row) {
  return !row.values.empty() && std::all_of(row.values.begin(), row.values.end(), single_value);
}

// The right edge of the row labels of the value rows among [first, last].
double label_edge(const std::vector<TextRow>& rows, size_t first, size_t last) {
  double edge = -std::numeric_limits<double>::infinity();
  for (size_t i = first; i <= last; ++i) {
    if (rows[i].values.empty()) continue;
    for (const Box& box : rows[i].label_boxes) edge = std::max(edge, box.x1);
  }
  return edge;
}

// The centres of the leaf header cells of rows [first, last) right of `edge`.
std::vector<double> header_columns(const std::vector<TextRow>& rows, size_t first, size_t last,
                                   double edge) {
  struct Cell {
    Box box;
    int page;
  };
  std::vector<Cell> cells;
  for (size_t i = first; i < last; ++i) {
    for (const Box& box : rows[i].label_boxes) {
      if (box.center_x() > edge) cells.push_back({box, rows[i].page});
    }
  }
  std::vector<double> centres;
  for (const Cell& cell : cells) {
    const bool leaf = std::none_of(cells.begin(), cells.end(), [&](const Cell& below) {
      return below.page == cell.page && below.box.center_y() > cell.box.y1 &&
             overlaps(below.box, cell.box);
    });
    if (leaf) centres.push_back(cell.box.center_x());
  }
  std::sort(centres.begin(), centres.end());
  return centres;
}

std::vector<Group> column_groups(const std::vector<TextRow>& rows, size_t first, size_t last) {
  const double edge = label_edge(rows, first, last);
  std::vector<Group> groups;
  size_t since = first;  // the first row without values since the last value row
  for (size_t i = first; i <= last; ++i) {
    if (rows[i].values.empty()) continue;
    std::vector<double> header = header_columns(rows, since, i, edge);
    if (groups.empty() || !header.empty()) groups.push_back({std::move(header), {}});
    groups.back().rows.push_back(i);
    since = i + 1;
  }
  return groups;
}

std::vector<double> positions(const TextRow& row) {
  std::vector<double> xs;
  for (const TextPiece& piece : row.values) xs.push_back(piece.box.center_x());
  return xs;
}

size_t nearest(const std::vector<double>& centres, double x) {
  size_t best = 0;
  for (size_t j = 1; j < centres.size(); ++j) {
    if (std::abs(centres[j] - x) < std::abs(centres[best] - x)) best = j;
  }
  return best;
}

// The column centres of a group (empty when none can be told).
std::vector<double> group_centres(const std::vector<TextRow>& rows, const Group& group) {
  size_t most = 0;
  for (size_t i : group.rows) {
    if (placeable(rows[i])) most = std::max(most, rows[i].values.size());
  }
  if (most == 0) return {};
  std::vector<double> centres = group.header.size() >= most ? group.header : std::vector<double>{};
  const size_t columns = centres.empty() ? most : centres.size();
  std::vector<std::vector<double>> complete(columns);
  for (size_t i : group.rows) {
    if (!placeable(rows[i]) || rows[i].values.size() != columns) continue;
    const std::vector<double> xs = positions(rows[i]);
    for (size_t j = 0; j < columns; ++j) complete[j].push_back(xs[j]);
  }
  if (!complete[0].empty()) {
    centres.resize(columns);
    for (size_t j = 0; j < columns; ++j) centres[j] = median(complete[j]);
    return centres;
  }
  // No row prints every column: the header's positions, moved by the values' typical offset.
  std::vector<double> offsets;
  for (size_t i : group.rows) {
    if (!placeable(rows[i])) continue;
    for (double x : positions(rows[i])) offsets.push_back(x - centres[nearest(centres, x)]);
  }
  double gap = std::numeric_limits<double>::infinity();
  for (size_t j = 1; j < centres.size(); ++j) gap = std::min(gap, centres[j] - centres[j - 1]);
  const double shift = median(offsets);
  if (std::abs(shift) < gap / 2) {
    for (double& centre : centres) centre += shift;
  }
  return centres;
}

// The values at `xs` (left to right) in columns at `centres`, keeping their order, with the least
// total distance to their columns' centres.
RowColumns place(const std::vector<double>& xs, const std::vector<double>& centres) {
  RowColumns out;
  const size_t k = xs.size();
  const size_t n = centres.size();
  if (k == 0 || k > n) return out;
  const double inf = std::numeric_limits<double>::infinity();
  // cost[i][j]: the first i values in the first j columns.
  std::vector<std::vector<double>> cost(k + 1, std::vector<double>(n + 1, inf));
  for (size_t j = 0; j <= n; ++j) cost[0][j] = 0;
  for (size_t i = 1; i <= k; ++i) {
    for (size_t j = i; j <= n; ++j) {
      cost[i][j] =
          std::min(cost[i][j - 1], cost[i - 1][j - 1] + std::abs(xs[i - 1] - centres[j - 1]));
    }
  }
  out.placed = true;
  out.columns = static_cast<int>(n);
  out.values.resize(k);
  size_t j = n;
  for (size_t i = k; i > 0; --i) {
    while (cost[i][j] == cost[i][j - 1] && j > i) --j;
    out.values[i - 1].column = static_cast<int>(j - 1);
    --j;
  }
  for (size_t i = 0; i < k; ++i) {
    PlacedValue& value = out.values[i];
    const size_t column = static_cast<size_t>(value.column);
    const double offset = xs[i] - centres[column];
    const int side = offset > 0 ? 1 : -1;
    const bool neighbour = side > 0 ? column + 1 < n : column > 0;
    const size_t closest = nearest(centres, xs[i]);
    if (closest != column) {
      value.ambiguous = true;
      value.other_side = closest > column ? 1 : -1;
    } else if (neighbour) {
      const double gap = std::abs(centres[column + side] - centres[column]);
      value.ambiguous = std::abs(offset) > kAmbiguousShare * gap;
      value.other_side = side;
    }
  }
  return out;
}

}  // namespace

bool single_value(const TextPiece& piece) {
  const std::vector<TextToken> tokens = tokenize_line(normalize_text(piece.text));
  return tokens.size() == 1 && tokens[0].kind == TokenKind::kValue;
}

std::vector<RowColumns> value_columns(const std::vector<TextRow>& rows, size_t first, size_t last) {
  std::vector<RowColumns> out(last + 1 - first);
  for (const Group& group : column_groups(rows, first, last)) {
    const std::vector<double> centres = group_centres(rows, group);
    if (centres.empty()) continue;
    for (size_t i : group.rows) {
      if (placeable(rows[i])) out[i - first] = place(positions(rows[i]), centres);
    }
  }
  return out;
}

}  // namespace ogi

#include "layout/structure/paged/ruled_grid.h"

#include <algorithm>
#include <cmath>

namespace ogi {
namespace {

// Distinct positions of the lines plus the extent the other axis's lines reach, one value per
// cluster of nearby positions.
std::vector<double> boundaries(const std::vector<RuleLine>& lines,
                               const std::vector<RuleLine>& across) {
  std::vector<double> positions;
  for (const RuleLine& line : lines) positions.push_back(line.pos);
  for (const RuleLine& line : across) {
    positions.push_back(line.start);
    positions.push_back(line.end);
  }
  if (positions.empty()) return positions;
  const auto [low, high] = std::minmax_element(positions.begin(), positions.end());
  const double first = *low;
  const double last = *high;
  positions.clear();
  for (const RuleLine& line : lines) positions.push_back(line.pos);
  positions.push_back(first);
  positions.push_back(last);
  std::sort(positions.begin(), positions.end());
  std::vector<double> distinct;
  for (double position : positions) {
    if (distinct.empty() || position - distinct.back() > kRuleSnap) distinct.push_back(position);
  }
  return distinct;
}

class SpanFinder {
 public:
  SpanFinder(const RuleSet& region, const std::vector<double>& xs, const std::vector<double>& ys)
      : region_(region), xs_(xs), ys_(ys) {}

  // Whether a vertical rule separates slot column `col` from `col + 1` in `row`.
  bool wall_right(int row, int col) const {
    return rules_cover(region_.vertical, xs_[col + 1], ys_[row], ys_[row + 1]);
  }
  // Whether a horizontal rule separates slot row `row` from `row + 1` in `col`.
  bool floor_below(int row, int col) const {
    return rules_cover(region_.horizontal, ys_[row + 1], xs_[col], xs_[col + 1]);
  }

 private:
  const RuleSet& region_;
  const std::vector<double>& xs_;
  const std::vector<double>& ys_;
};

}  // namespace

RuledGrid::RuledGrid(std::vector<double> xs, std::vector<double> ys,
                     std::vector<RuledGridCell> cells)
    : xs_(std::move(xs)), ys_(std::move(ys)), cells_(std::move(cells)) {
  slots_.assign(static_cast<size_t>(std::max(row_count(), 0)) * std::max(col_count(), 0), -1);
  for (size_t index = 0; index < cells_.size(); ++index) {
    const RuledGridCell& cell = cells_[index];
    for (int r = cell.row; r < cell.row + cell.row_span; ++r) {
      for (int c = cell.col; c < cell.col + cell.col_span; ++c) {
        slots_[r * col_count() + c] = static_cast<int>(index);
      }
    }
  }
}

int RuledGrid::cell_at(double x, double y) const {
  if (row_count() <= 0 || col_count() <= 0) return -1;
  if (x < xs_.front() || x > xs_.back() || y < ys_.front() || y > ys_.back()) return -1;
  const auto col = std::upper_bound(xs_.begin(), xs_.end(), x) - xs_.begin() - 1;
  const auto row = std::upper_bound(ys_.begin(), ys_.end(), y) - ys_.begin() - 1;
  const int c = std::clamp(static_cast<int>(col), 0, col_count() - 1);
  const int r = std::clamp(static_cast<int>(row), 0, row_count() - 1);
  return slots_[r * col_count() + c];
}

RuledGrid build_ruled_grid(const RuleSet& region) {
  std::vector<double> xs = boundaries(region.vertical, region.horizontal);
  std::vector<double> ys = boundaries(region.horizontal, region.vertical);
  const int rows = std::max(static_cast<int>(ys.size()) - 1, 0);
  const int cols = std::max(static_cast<int>(xs.size()) - 1, 0);
  const SpanFinder walls(region, xs, ys);
  std::vector<bool> taken(static_cast<size_t>(std::max(rows, 0)) * std::max(cols, 0), false);
  std::vector<RuledGridCell> cells;
  for (int row = 0; row < rows; ++row) {
    for (int col = 0; col < cols; ++col) {
      if (taken[row * cols + col]) continue;
      int col_end = col;
      while (col_end + 1 < cols && !taken[row * cols + col_end + 1] &&
             !walls.wall_right(row, col_end)) {
        ++col_end;
      }
      int row_end = row;
      while (row_end + 1 < rows) {
        bool open = true;
        for (int c = col; c <= col_end && open; ++c) {
          open = !taken[(row_end + 1) * cols + c] && !walls.floor_below(row_end, c);
        }
        if (!open) break;
        ++row_end;
      }
      for (int r = row; r <= row_end; ++r) {
        for (int c = col; c <= col_end; ++c) taken[r * cols + c] = true;
      }
      cells.push_back({row, col, row_end - row + 1, col_end - col + 1,
                       Box{xs[col], ys[row], xs[col_end + 1], ys[row_end + 1]}});
    }
  }
  return RuledGrid(std::move(xs), std::move(ys), std::move(cells));
}

}  // namespace ogi

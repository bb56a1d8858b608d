#include "extractors/ocr/image/rule_crossings.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "extractors/ocr/image/lattice_sides.h"

namespace ogi {
namespace {

// A mark is at most this wide and high (inches): a crossing of two rules of up to 1.5 pt after a
// blur; any glyph is larger, any fragment of one has the rest of it beside it.
constexpr double kMaxMark = 0.045;
// ...and at least this wide and high, with at least this much ink (square inches): a speck of
// salt-and-pepper noise is one or two pixels of the scan (0.007 in at 150 dpi), a mark where two
// rules crossed is a few pixels each way.
constexpr double kMinMark = 0.015;
constexpr double kMinMarkInk = 1.4e-4;
// Paper around a mark this deep (inches), inked at most kStrayInk pixels plus kStrayShare of the
// ring (the page's specks); glyphs stand closer to each other, cell text keeps off the rules.
constexpr double kClear = 0.03;
constexpr int kStrayInk = 3;
constexpr double kStrayShare = 0.01;
// Marks of one row rule (or column rule) have their centres within this (inches) across, once the
// page is deskewed.
constexpr double kAlign = 0.012;
// A mark is kept while this many marks (itself included) share its row and kLatticeOther its
// column, or the other way round: a table's corner has one other mark in its row (the far
// corner) and many in its column (the border's T-joins).
constexpr size_t kLattice = 3;
constexpr size_t kLatticeOther = 2;
// Consecutive marks of a column rule are at most this far apart (inches): no row is higher.
constexpr double kMaxDown = 1.5;
// The stretch of a rule between two marks is paper but for this share of specks.
constexpr double kSpeckShare = 0.03;
// Two row rules share their columns when more than this share of the marks of the one with fewer
// has a mark of the other at the same place (the two outer borders of a four-column table are
// not enough).
constexpr double kSharedColumns = 0.5;
// The rules drawn for a lattice are this thick (inches): a thin printed rule.
constexpr double kThickness = 0.01;
// Work bounds: a page with more candidate marks than this is noise, not a grid; and the lattice
// settles within a few rounds (each drops the marks the last one left without neighbours).
constexpr size_t kMaxMarks = 20000;
constexpr size_t kMaxRounds = 32;

struct Mark {
  PixelBox box;
  double x = 0;
  double y = 0;
};

// `components`: the boxes of the page's connected components.
std::vector<Mark> marks_of(PIX* binary, const std::vector<PixelBox>& components, double dpi) {
  const int max_size = to_pixels(kMaxMark, dpi);
  const int min_size = static_cast<int>(std::ceil(kMinMark * dpi));
  const double min_ink = kMinMarkInk * dpi * dpi;
  const int clear = to_pixels(kClear, dpi);
  const int width = pixGetWidth(binary);
  const int height = pixGetHeight(binary);
  std::vector<Mark> marks;
  for (const PixelBox& box : components) {
    if (box.width() > max_size || box.height() > max_size) continue;
    if (box.width() < min_size || box.height() < min_size) continue;
    const int ink = ink_pixels(binary, box);
    if (ink < min_ink) continue;
    const PixelBox ring{std::max(box.x0 - clear, 0), std::max(box.y0 - clear, 0),
                        std::min(box.x1 + clear, width), std::min(box.y1 + clear, height)};
    const double ring_area = static_cast<double>(ring.width()) * ring.height();
    if (ink_pixels(binary, ring) - ink > kStrayInk + kStrayShare * ring_area) continue;
    marks.push_back({box, (box.x0 + box.x1) / 2.0, (box.y0 + box.y1) / 2.0});
  }
  return marks;
}

// The marks of `kept` grouped by `coord` (each group's members within `align` of its mean), each
// group sorted by the other coordinate.
std::vector<std::vector<size_t>> lines_of(const std::vector<Mark>& marks,
                                          const std::vector<size_t>& kept, bool rows,
                                          double align) {
  const auto across = [&](size_t i) { return rows ? marks[i].y : marks[i].x; };
  const auto along = [&](size_t i) { return rows ? marks[i].x : marks[i].y; };
  std::vector<size_t> order = kept;
  std::ranges::sort(order, {}, across);
  std::vector<std::vector<size_t>> lines;
  double sum = 0;
  for (size_t i : order) {
    if (lines.empty() || across(i) - sum / lines.back().size() > align) {
      lines.emplace_back();
      sum = 0;
    }
    lines.back().push_back(i);
    sum += across(i);
  }
  for (std::vector<size_t>& line : lines) std::ranges::sort(line, {}, along);
  return lines;
}

// Drops marks until every one left is on the lattice.
std::vector<size_t> lattice_marks(const std::vector<Mark>& marks, double align) {
  std::vector<size_t> kept(marks.size());
  std::iota(kept.begin(), kept.end(), 0);
  for (size_t round = 0; round < kMaxRounds; ++round) {
    std::vector<size_t> row_size(marks.size()), column_size(marks.size());
    for (const auto& row : lines_of(marks, kept, true, align)) {
      for (size_t i : row) row_size[i] = row.size();
    }
    for (const auto& column : lines_of(marks, kept, false, align)) {
      for (size_t i : column) column_size[i] = column.size();
    }
    const size_t before = kept.size();
    std::erase_if(kept, [&](size_t i) {
      const size_t more = std::max(row_size[i], column_size[i]);
      const size_t fewer = std::min(row_size[i], column_size[i]);
      return more < kLattice || fewer < kLatticeOther;
    });
    if (kept.size() == before) break;
  }
  return kept;
}

// Whether the line from mark `a` to mark `b` (along a row or down a column) crosses only paper
// and specks: cell text keeps off a rule, a heading between two tables does not.
bool paper_between(PIX* binary, const Mark& a, const Mark& b, bool rows) {
  const int half = 1;
  const PixelBox strip = rows ? PixelBox{a.box.x1, static_cast<int>(a.y) - half, b.box.x0,
                                         static_cast<int>(a.y) + half + 1}
                              : PixelBox{static_cast<int>(a.x) - half, a.box.y1,
                                         static_cast<int>(a.x) + half + 1, b.box.y0};
  if (strip.empty()) return true;
  const double area = static_cast<double>(strip.width()) * strip.height();
  return ink_pixels(binary, strip) <= kStrayInk + kSpeckShare * area;
}

// Splits a sorted line of marks where the stretch between consecutive ones may not be bridged.
template <typename Bridged>
std::vector<std::vector<size_t>> runs_of(const std::vector<size_t>& line, Bridged bridged) {
  std::vector<std::vector<size_t>> runs;
  for (size_t i : line) {
    if (runs.empty() || !bridged(runs.back().back(), i)) runs.emplace_back();
    runs.back().push_back(i);
  }
  return runs;
}

PixelBox rule_through(const std::vector<Mark>& marks, const std::vector<size_t>& run, bool rows,
                      int thickness) {
  double centre = 0;
  for (size_t i : run) centre += rows ? marks[i].y : marks[i].x;
  const int start = static_cast<int>(std::lround(centre / run.size())) - thickness / 2;
  const PixelBox& first = marks[run.front()].box;
  const PixelBox& last = marks[run.back()].box;
  if (rows) return {first.x0, start, last.x1, start + thickness};
  return {start, first.y0, start + thickness, last.y1};
}

bool share_columns(const std::vector<Mark>& marks, const std::vector<size_t>& a,
                   const std::vector<size_t>& b, double align) {
  const std::vector<size_t>& fewer = a.size() <= b.size() ? a : b;
  const std::vector<size_t>& more = a.size() <= b.size() ? b : a;
  const auto matched = [&](size_t i) {
    return std::ranges::any_of(
        more, [&](size_t j) { return std::abs(marks[i].x - marks[j].x) <= align; });
  };
  return std::ranges::count_if(fewer, matched) > kSharedColumns * fewer.size();
}

}  // namespace

CrossingRules crossing_rules(PIX* binary, double dpi) {
  CrossingRules rules;
  const BoxaPtr boxes(pixConnComp(binary, nullptr, 8));
  const std::vector<PixelBox> components = pixel_boxes(boxes.get());
  const std::vector<Mark> marks = marks_of(binary, components, dpi);
  if (marks.size() > kMaxMarks) return rules;
  const double align = kAlign * dpi;
  const std::vector<size_t> kept = lattice_marks(marks, align);
  if (kept.empty()) return rules;
  const int thickness = to_pixels(kThickness, dpi);
  // The row run each mark belongs to, for the columns' bridging.
  std::vector<std::vector<size_t>> row_runs;
  std::vector<size_t> run_of(marks.size());
  const auto along_row = [&](size_t a, size_t b) {
    return paper_between(binary, marks[a], marks[b], true);
  };
  for (const auto& row : lines_of(marks, kept, true, align)) {
    for (auto& run : runs_of(row, along_row)) {
      for (size_t i : run) run_of[i] = row_runs.size();
      if (run.size() >= 2) rules.horizontal.push_back(rule_through(marks, run, true, thickness));
      row_runs.push_back(std::move(run));
    }
  }
  const int max_down = to_pixels(kMaxDown, dpi);
  const auto down_column = [&](size_t above, size_t below) {
    return marks[below].y - marks[above].y <= max_down &&
           share_columns(marks, row_runs[run_of[above]], row_runs[run_of[below]], align) &&
           paper_between(binary, marks[above], marks[below], false);
  };
  for (const auto& column : lines_of(marks, kept, false, align)) {
    for (const auto& run : runs_of(column, down_column)) {
      if (run.size() >= 2) rules.vertical.push_back(rule_through(marks, run, false, thickness));
    }
  }
  widen_lattice(components, pixGetWidth(binary), dpi, rules.horizontal, rules.vertical);
  for (size_t i : kept) rules.marks.push_back(marks[i].box);
  return rules;
}

}  // namespace ogi

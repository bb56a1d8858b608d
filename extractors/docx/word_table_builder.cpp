#include "extractors/docx/word_table_builder.h"

#include <algorithm>
#include <utility>

namespace ogi {
namespace {

// Word allows 63 columns; anything far beyond is a hostile or broken file.
constexpr int kMaxGridSpan = 1000;

int clamp_span(int span) { return std::clamp(span, 1, kMaxGridSpan); }
int clamp_skip(int skip) { return std::clamp(skip, 0, kMaxGridSpan); }

}  // namespace

void WordTableBuilder::begin_row(int grid_before) {
  ++row_;
  cursor_ = clamp_skip(grid_before);
  previous_cell_ = -1;
  open_here_.clear();
}

void WordTableBuilder::add_cell(WordCellSpec cell) {
  cell.grid_span = clamp_span(cell.grid_span);
  const int span = cell.grid_span;
  const bool merged = (cell.horizontal == MergeMark::kContinue && continue_horizontally(span)) ||
                      fold_into_left(cell.text) ||
                      (cell.vertical == MergeMark::kContinue && continue_vertically(cell));
  if (!merged) place_new_cell(std::move(cell));
  cursor_ += span;
}

void WordTableBuilder::end_row(int grid_after) {
  widest_row_ = std::max(widest_row_, cursor_ + clamp_skip(grid_after));
  open_above_ = std::move(open_here_);
  open_here_.clear();
}

bool WordTableBuilder::continue_vertically(const WordCellSpec& cell) {
  const auto found = open_above_.find(cursor_);
  if (found == open_above_.end()) return false;
  TableCell& anchor = table_.cells[static_cast<size_t>(found->second)];
  // Legacy files write a horizontally merged continue row as an hMerge restart of the anchor's
  // first column followed by hMerge continues; those are absorbed by the anchor's width.
  const bool narrower_legacy =
      cell.grid_span < anchor.col_span && cell.horizontal == MergeMark::kRestart;
  if (cell.grid_span != anchor.col_span && !narrower_legacy) return false;
  anchor.row_span = row_ - anchor.row + 1;
  open_here_[cursor_] = found->second;
  previous_cell_ = found->second;
  return true;
}

bool WordTableBuilder::fold_into_left(const std::string& text) {
  if (previous_cell_ < 0) return false;
  TableCell& left = table_.cells[static_cast<size_t>(previous_cell_)];
  if (cursor_ >= left.col + left.col_span) return false;
  if (!text.empty()) left.text += (left.text.empty() ? "" : "\n") + text;
  return true;
}

bool WordTableBuilder::continue_horizontally(int span) {
  if (previous_cell_ < 0) return false;
  TableCell& left = table_.cells[static_cast<size_t>(previous_cell_)];
  const int left_end = left.col + left.col_span;
  // Already covered, e.g. by an anchor widened in the row where its vertical merge started.
  if (left.col <= cursor_ && cursor_ + span <= left_end) return true;
  if (left.row != row_ || left_end != cursor_) return false;
  left.col_span += span;
  return true;
}

void WordTableBuilder::place_new_cell(WordCellSpec cell) {
  TableCell placed;
  placed.row = row_;
  placed.col = cursor_;
  placed.col_span = cell.grid_span;
  placed.text = std::move(cell.text);
  const int index = static_cast<int>(table_.cells.size());
  table_.cells.push_back(std::move(placed));
  previous_cell_ = index;
  // A continue without an anchor above starts a merge, as Word renders it.
  if (cell.vertical != MergeMark::kNone) open_here_[cursor_] = index;
}

Table WordTableBuilder::finish(int declared_grid_columns) {
  table_.row_count = row_ + 1;
  table_.col_count = widest_row_ > 0 ? widest_row_ : std::max(declared_grid_columns, 0);
  return std::move(table_);
}

}  // namespace ogi

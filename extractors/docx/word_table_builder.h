#pragma once

#include <map>
#include <string>

#include "model/document.h"

namespace ogi {

// A merge marker as written in a w:tcPr (w:vMerge, or the legacy w:hMerge).
enum class MergeMark { kNone, kRestart, kContinue };

// One w:tc as written: how many grid columns it spans, its merge markers and its text.
struct WordCellSpec {
  int grid_span = 1;
  MergeMark vertical = MergeMark::kNone;
  MergeMark horizontal = MergeMark::kNone;
  std::string text;
};

// Places Word table cells on the table grid the way Word lays them out: each row starts after
// w:gridBefore skipped columns, a cell covers w:gridSpan columns, a vMerge "continue" cell extends
// the row_span of the anchor above it in the same grid column (over any number of rows) and an
// hMerge "continue" cell widens the cell to its left. Merged-away cells contribute no text, as in
// Word. Malformed merges never make cells overlap: a vertical continue whose width differs from
// its anchor's starts a cell of its own, a continue with nothing to continue becomes an ordinary
// cell, and a cell that would start inside the cell to its left is folded into that cell.
class WordTableBuilder {
 public:
  void begin_row(int grid_before);
  void add_cell(WordCellSpec cell);
  void end_row(int grid_after);

  // The grid: row count = rows added, column count = widest row actually laid out (w:tblGrid is
  // only used when no row has any cell, as it is often stale).
  Table finish(int declared_grid_columns);

 private:
  bool continue_vertically(const WordCellSpec& cell);
  bool fold_into_left(const std::string& text);
  bool continue_horizontally(int span);
  void place_new_cell(WordCellSpec cell);

  Table table_;
  int row_ = -1;
  int cursor_ = 0;  // next free grid column in the current row
  int widest_row_ = 0;
  int previous_cell_ = -1;  // anchor covering the position left of the cursor, -1 if none
  // Grid column → index of the vertically merged anchor starting there, for the row above and for
  // the row being laid out.
  std::map<int, int> open_above_;
  std::map<int, int> open_here_;
};

}  // namespace ogi

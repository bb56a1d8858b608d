#pragma once

#include <string>
#include <vector>

#include "model/document.h"

namespace ogi {

// Places cells with explicit row and column spans on a grid by the HTML table model: each cell
// goes to the first column of its row not yet covered by a cell above with a rowspan reaching
// down, and covers row_span x col_span positions. Used for HTML tables and for the explicit rows
// of text dumps (pipe and tab-separated tables, spans of 1). Spans are clamped so that a hostile
// colspan cannot blow up the grid, and rowspans are cut at the last row.
class SpanTableBuilder {
 public:
  void begin_row();
  void add_cell(int row_span, int col_span, std::string text);
  Table finish();

 private:
  bool covered(int col) const;

  Table table_;
  int row_ = -1;
  int cursor_ = 0;
  int widest_ = 0;
  std::vector<int> covered_until_;  // per grid column: first row no earlier rowspan covers
};

}  // namespace ogi

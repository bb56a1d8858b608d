#pragma once

#include <vector>

#include "layout/structure/unruled/text_rows.h"

namespace ogi {

// Where a value of a row printed without rules stands among its table's value columns.
struct PlacedValue {
  int column = -1;
  bool ambiguous = false;  // it stands between two columns: the placement is a guess
  int other_side = 0;      // the side of the column it might print instead: -1 left, +1 right
};

// The value columns of one row: `values` per piece of TextRow::values. Rows that could not be
// placed (no columns known, a piece that is not one value, more values than columns) keep `placed`
// false and are read in order as before.
struct RowColumns {
  bool placed = false;
  int columns = 0;
  std::vector<PlacedValue> values;
};

// Places the values of rows [first, last] of a table printed without rules in its columns by
// their x position, so that a blank cell stays a blank column instead of shifting the values after
// it. The value rows are grouped under the column headers printed above them (a group runs until
// rows without values name new columns, as each 第二十条 block of 表二 does): a group's columns are
// its header's leaf cells right of the row labels (cells with no other header cell below them),
// at the positions the rows printing a value in every column give them, or, where no row does,
// at the header's positions moved by the values' typical offset from them (numbers aligned right
// under centred headers). Without a usable header the rows printing the most values define the
// columns. Each value takes the column its centre is nearest to, keeping the row's order; one
// standing more than a third of the way towards the next column is ambiguous.
std::vector<RowColumns> value_columns(const std::vector<TextRow>& rows, size_t first, size_t last);

// Whether the piece prints exactly one value as the text-dump rebuild reads values (a number, a
// zero or a not-applicable mark).
bool single_value(const TextPiece& piece);

}  // namespace ogi

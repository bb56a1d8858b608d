#pragma once

#include "model/document.h"

namespace ogi {

// Rows at the edges of a table fragment that print nothing of their own: the slivers a browser
// draws where a page break cuts a table. At the foot of the page the cut cells' borders run down
// to slightly different ends; at the top of the next the cut cells begin again, a merged label's
// text (centred in the whole cell) printed below the sliver.

// Drops the rows at the foot of `table` in which no cell that begins there prints text, and
// shortens the merged cells reaching into them. At least one row is kept.
void drop_blank_last_rows(Table& table);

// How many rows from `first` on, at the top of a continuation, print nothing of their own: each
// begins only cells without text, or merged cells reaching further down.
int blank_rows_from(const Table& table, int first);

// The merged cells that begin above row `row` and reach below it begin at `row` instead, shorter
// by as much: their part above is a sliver being dropped.
void move_to_row(Table& table, int row);

}  // namespace ogi

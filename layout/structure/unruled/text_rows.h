#pragma once

#include <string>
#include <vector>

#include "layout/structure/paged/paragraph_builder.h"

namespace ogi {

// A piece of a line between wide gaps: one cell's text on that line when no rule is drawn.
struct TextPiece {
  std::string text;
  Box box;
  int page = 0;
  bool number = false;
};

// A row of a table printed without rules, rebuilt from its lines: a line that prints numbers with
// the lines of label text that belong to it, or a line on its own (a caption, a header line,
// prose). `labels` are the label cells, column by column, each column's lines joined; `values`
// are the pieces from the first number on, left to right.
struct TextRow {
  size_t first = 0;  // index into the lines of the row's first line
  size_t last = 0;   // inclusive
  int page = 0;      // the page of its first line
  std::vector<std::string> labels;
  std::vector<Box> label_boxes;  // per label: the box around its pieces
  std::vector<TextPiece> values;
  int numbers = 0;  // number pieces among `values`
};

// Regroups lines (in reading order) into rows. Cells centre their text vertically, so a label
// broken over lines stands as far above its numbers as below: the lines above a number line that
// print only label text (left of its numbers) belong to it, and as many lines below as reach as
// far down. Lines that stay unclaimed (column headers, captions) are rows of their own; so are all
// lines of a page without numbers. Never across a page break.
std::vector<TextRow> text_rows(const std::vector<PlacedLine>& lines);

}  // namespace ogi

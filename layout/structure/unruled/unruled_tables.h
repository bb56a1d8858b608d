#pragma once

#include <set>
#include <vector>

#include "layout/labels/table_kind.h"
#include "layout/structure/paged/paragraph_builder.h"
#include "model/document.h"

namespace ogi {

// A table found among lines of text, and the lines it replaces.
struct LineTable {
  size_t first = 0;  // index into the lines
  size_t last = 0;   // inclusive
  Table table;
};

// The fallback for tables printed without any rule (a DOCX table whose borders were removed,
// exported to PDF): the lines are regrouped into table rows by their geometry (text_rows.h), each
// row read as a line of a text dump would be, and the text-dump rebuild (text_table_regions.h,
// text_table_builders.h) finds and rebuilds the template tables among them. Only kinds not in
// `ruled` are rebuilt, and only from rows that print numbers as cells of their own: lines of
// prose never do. The builders read values by position, so each row's values are first placed in
// their columns by geometry (value_columns.h) and a blank column is handed over as an empty cell;
// a value placed between two columns, and the blank cell beside it, get a low confidence. Value
// cells keep the page and box of the number they print.
std::vector<LineTable> unruled_tables(const std::vector<PlacedLine>& lines,
                                      const std::set<TableKind>& ruled);

}  // namespace ogi

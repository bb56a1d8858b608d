#pragma once

#include <string>
#include <vector>

#include "layout/labels/table_kind.h"
#include "layout/structure/text_dump/dump_tokens.h"
#include "model/document.h"

namespace ogi {

// The statistics tables of a text dump rebuilt as ordinary grids: a header of column labels, then
// one row per printed row label with its values. Rows are anchored on their labels (label text
// broken over lines or split by a page break is joined back); the column labels come from the
// printed header where the text keeps it (表二) and from the template's column order where the
// dump flattened a two-level header (表三, 表四). grid_walker and table_resolver then assign keys
// exactly as for native tables.
Table build_text_table2(const std::vector<TextSegment>& segments);
Table build_text_table3(const std::vector<TextSegment>& segments);
Table build_text_table4(const std::vector<TextSegment>& segments);

// The builder of `kind` (an empty table for kNone).
Table build_text_table(TableKind kind, const std::vector<TextSegment>& segments);

// A row's values fitted to `columns` positions: fewer are left-aligned (blank cells lost at the
// end); more keep the first columns - 1 and the last, because the last column of the templates'
// rows is the total and stray extra values are artefacts of flattened merged cells.
std::vector<std::string> fit_values(const std::vector<TextToken>& values, size_t columns);

// The labels of a segment joined as one compact label.
std::string joined_label(const TextSegment& segment);

}  // namespace ogi

#pragma once

#include <vector>

#include "extractors/ocr/image/table_cells.h"

namespace ogi {

// Rows of a ruled table printed beneath its last rule: a scan thresholded the thin bottom rule
// away (and the column rules below the header with it), or the table was printed without a
// bottom border. A line of print right beneath a table whose pieces each fall within one of the
// table's bottom-row cells, in three cells or more (a label and two values), is such a row: it
// becomes a row of cells under those cells, so it is read cell by cell like the rows above, and
// the next line is looked at the same way. Prose or a heading under a table runs across the
// columns and is left to the page's text. `ink` is the page's print with the rules erased.
void add_closing_row_areas(PIX* ink, std::vector<TableCellAreas>& tables, double dpi);

}  // namespace ogi

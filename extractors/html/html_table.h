#pragma once

#include <libxml/tree.h>

#include <vector>

#include "model/document.h"

namespace ogi {

// A <table> read into the model's grid, with what decides whether it only lays out the page.
struct HtmlTable {
  Table grid;
  std::vector<const xmlNode*> nested_tables;  // tables inside its cells, in document order
  bool has_long_prose = false;                // a cell holding a paragraph of running text
  int numeric_cells = 0;
};

// Rows are the <tr> of the table and of its <thead>/<tbody>/<tfoot>, cells their <td>/<th>,
// placed by rowspan/colspan (HTML table model). Cell text as html_cell_text gives it; a cell that
// holds only &nbsp; keeps it (normalize makes it empty).
HtmlTable read_html_table(const xmlNode* table);

// A table that lays out the page rather than holding data: one column of wrappers, or a table with
// hardly any numbers of its own that holds other tables or running text. Its content belongs to
// the body in reading order. (A data table with a table inside — an unclosed cell swallowing the
// next table — stays a table; the inner one is read after it.)
bool is_layout_table(const HtmlTable& table);

}  // namespace ogi

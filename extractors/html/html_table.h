#pragma once

#include <libxml/tree.h>

#include "model/document.h"

namespace ogi {

// A <table> read into the model's grid, with what decides whether it only lays out the page.
struct HtmlTable {
  Table grid;
  bool has_nested_table = false;
  bool has_long_prose = false;  // a cell holding a paragraph of running text
  int numeric_cells = 0;
};

// Rows are the <tr> of the table and of its <thead>/<tbody>/<tfoot>, cells their <td>/<th>,
// placed by rowspan/colspan (HTML table model). Cell text as html_cell_text gives it; a cell that
// holds only &nbsp; keeps it (normalize makes it empty).
HtmlTable read_html_table(const xmlNode* table);

// A table that lays out the page rather than holding data: one column of wrappers, a table with
// tables inside, or running text in a table that has hardly any numbers. Its content belongs to
// the body in reading order.
bool is_layout_table(const HtmlTable& table);

}  // namespace ogi

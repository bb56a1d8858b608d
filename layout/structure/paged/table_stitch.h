#pragma once

#include <vector>

#include "model/document.h"

namespace ogi {

// A rebuilt table with the x positions of its column boundaries (col_count + 1 values), what
// fragments of one table printed on consecutive pages are aligned by.
struct PlacedTable {
  Table table;
  std::vector<double> xs;
  Box bounds;  // on the table's last page
};

// Whether `next`, the first thing on a page, continues `previous`, the last thing on the page
// before: the same left and right edges and column boundaries that agree, up to a sideways shift
// of the whole fragment (a scanned page lies where the sheet lay).
bool continues_table(const PlacedTable& previous, const PlacedTable& next);

// Appends the continuation to the table it continues. Columns are aligned by position (a fragment
// may lack some label columns); a header the continuation repeats is dropped; a row cut by the
// page break (its value cells empty on one side, numbers on the other) becomes one row again; a
// merged label cell cut by the break ("三、本年度办理结" / "果") becomes one cell again; so does a
// row whose labels the break cut ("社会" / "公益组织" in a header row).
void append_table_fragment(PlacedTable& previous, PlacedTable next);

}  // namespace ogi

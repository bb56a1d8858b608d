#pragma once

#include <string>
#include <vector>

#include <libxml/tree.h>

#include "model/document.h"

namespace ogi {

// A w:tbl read into a native grid, with the nodes the body walker needs to place what sits
// inside its cells.
struct WordTable {
  Table grid;  // nesting_depth left at 0; the caller knows the depth
  std::vector<const xmlNode*> cells;  // every w:tc in document order
  std::vector<const xmlNode*> nested_tables;  // w:tbl directly inside those cells, in order
};

WordTable read_word_table(const xmlNode* table);

// A cell's paragraphs joined with '\n', blank paragraphs skipped. Text of tables nested in the
// cell is not part of it.
std::string cell_text(const xmlNode* cell);

}  // namespace ogi

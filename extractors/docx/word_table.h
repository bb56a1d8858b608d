#pragma once

#include <libxml/tree.h>

#include <string>
#include <vector>

#include "extractors/docx/paragraph_reader.h"
#include "model/document.h"

namespace ogi {

// A w:tbl read into a native grid, with the nodes the body walker needs to place what sits
// inside its cells.
struct WordTable {
  Table grid;                                 // nesting_depth left at 0; the caller knows the depth
  std::vector<const xmlNode*> cells;          // every w:tc in document order
  std::vector<const xmlNode*> nested_tables;  // w:tbl directly inside those cells, in order
};

// With a null `reader` only the grid is laid out: cell texts stay empty and no list counter moves
// (used to decide whether a table merely lays out the page).
WordTable read_word_table(const xmlNode* table, ParagraphReader* reader);

// A cell's paragraphs joined with '\n', blank paragraphs skipped. Text of tables nested in the
// cell is not part of it.
std::string cell_text(const xmlNode* cell, ParagraphReader& reader);

}  // namespace ogi

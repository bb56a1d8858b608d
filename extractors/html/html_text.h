#pragma once

#include <libxml/tree.h>

#include <string>
#include <vector>

namespace ogi {

// Appends a text node's content as a browser lays it out: HTML whitespace (newlines and tabs of
// the source) becomes spaces, except inside <pre> (`preformatted`) where line breaks stay.
void append_html_text(const xmlNode* text_node, bool preformatted, std::string& out);

struct CellText {
  std::string text;
  std::vector<const xmlNode*> nested_tables;  // <table> elements inside the cell, outermost only
};

// The text of a table cell: inline elements joined with nothing between them, so a number split
// over spans stays one number ("<span>2</span><span>0</span>" → "20"); <br> and block elements
// (<p>, <div>, …) put their content on lines of their own ('\n'). Tables nested in the cell and
// skipped elements (scripts, form controls, hidden elements) contribute nothing. Not normalized.
CellText html_cell_text(const xmlNode* cell);

}  // namespace ogi

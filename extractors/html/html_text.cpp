#include "extractors/html/html_text.h"

#include "extractors/common/dom_walk.h"
#include "extractors/html/html_elements.h"

namespace ogi {
namespace {

void end_line(std::string& out) {
  if (!out.empty() && out.back() != '\n') out.push_back('\n');
}

}  // namespace

void append_html_text(const xmlNode* text_node, bool preformatted, std::string& out) {
  const auto* content = reinterpret_cast<const char*>(text_node->content);
  if (content == nullptr) return;
  for (const char* c = content; *c != '\0'; ++c) {
    const bool line_break = *c == '\n' || *c == '\r';
    if (preformatted && line_break) {
      if (*c == '\n') out.push_back('\n');
    } else if (line_break || *c == '\t' || *c == '\f') {
      out.push_back(' ');
    } else {
      out.push_back(*c);
    }
  }
}

CellText html_cell_text(const xmlNode* cell) {
  CellText result;
  int preformatted = 0;
  walk_subtree(
      cell,
      [&](const xmlNode* node) {
        if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
          append_html_text(node, preformatted > 0, result.text);
          return false;
        }
        if (node->type != XML_ELEMENT_NODE || is_skipped_element(node)) return false;
        if (node != cell && is_html_element(node, "table")) {
          result.nested_tables.push_back(node);
          return false;
        }
        // Misnested rows and cells belong to the table, not to this cell (html_table.h).
        if (node != cell && (is_html_element(node, "tr") || is_html_element(node, "td") ||
                             is_html_element(node, "th"))) {
          return false;
        }
        if (is_html_element(node, "br")) {
          result.text.push_back('\n');
          return false;
        }
        if (is_block_element(node)) end_line(result.text);
        if (is_html_element(node, "pre")) ++preformatted;
        return true;
      },
      [&](const xmlNode* node) {
        if (node == cell || node->type != XML_ELEMENT_NODE) return;
        if (is_html_element(node, "pre")) --preformatted;
        if (is_block_element(node)) end_line(result.text);
      });
  while (!result.text.empty() && result.text.back() == '\n') result.text.pop_back();
  return result;
}

}  // namespace ogi

#include "extractors/docx/block_items.h"

#include <algorithm>
#include <initializer_list>
#include <string_view>

#include "extractors/common/xml_nodes.h"
#include "extractors/docx/wordml.h"

namespace ogi {
namespace {

using wordml::is_w;

bool is_any_w(const xmlNode* node, std::initializer_list<std::string_view> locals) {
  return std::any_of(locals.begin(), locals.end(),
                     [node](std::string_view local) { return is_w(node, local); });
}

// The node whose children stand in for a wrapper, or null when `node` is no wrapper.
const xmlNode* unwrapped(const xmlNode* node) {
  if (is_w(node, "sdt")) return wordml::w_child(node, "sdtContent");
  if (is_w(node, "customXml")) return node;
  if (wordml::is_alternate_content(node)) return wordml::chosen_alternate(node);
  return nullptr;
}

void collect(const xmlNode* parent, std::initializer_list<std::string_view> wanted,
             std::vector<const xmlNode*>& out) {
  for (const xmlNode* child : element_children(parent)) {
    if (is_any_w(child, wanted)) {
      out.push_back(child);
    } else if (const xmlNode* inner = unwrapped(child)) {
      collect(inner, wanted, out);
    }
  }
}

bool is_deleted_row(const xmlNode* row) {
  return wordml::w_child(wordml::w_child(row, "trPr"), "del") != nullptr;
}

}  // namespace

std::vector<const xmlNode*> block_items(const xmlNode* container) {
  std::vector<const xmlNode*> items;
  collect(container, {"p", "tbl", "altChunk"}, items);
  return items;
}

std::vector<const xmlNode*> table_rows(const xmlNode* table) {
  std::vector<const xmlNode*> rows;
  collect(table, {"tr"}, rows);
  std::erase_if(rows, is_deleted_row);
  return rows;
}

std::vector<const xmlNode*> row_cells(const xmlNode* row) {
  std::vector<const xmlNode*> cells;
  collect(row, {"tc"}, cells);
  return cells;
}

}  // namespace ogi

#include "extractors/html/html_table.h"

#include <algorithm>
#include <vector>

#include "extractors/common/dom_walk.h"
#include "extractors/common/span_table_builder.h"
#include "extractors/html/html_elements.h"
#include "extractors/html/html_text.h"

namespace ogi {
namespace {

// About 200 Chinese characters: no label of the templates comes close, a paragraph does.
constexpr std::size_t kLongProseBytes = 600;
// A data table with a long note row still has numbers; a layout table has almost none.
constexpr int kMinDataTableNumbers = 3;

bool is_digits(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\n");
  if (first == std::string_view::npos) return false;
  const auto last = text.find_last_not_of(" \t\n");
  const std::string_view core = text.substr(first, last - first + 1);
  return std::all_of(core.begin(), core.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void add_cell(const xmlNode* cell, SpanTableBuilder& grid, HtmlTable& table) {
  CellText text = html_cell_text(cell);
  table.nested_tables.insert(table.nested_tables.end(), text.nested_tables.begin(),
                             text.nested_tables.end());
  table.has_long_prose = table.has_long_prose || text.text.size() >= kLongProseBytes;
  table.numeric_cells += is_digits(text.text);
  grid.add_cell(integer_attribute(cell, "rowspan", 1), integer_attribute(cell, "colspan", 1),
                std::move(text.text));
}

}  // namespace

HtmlTable read_html_table(const xmlNode* table) {
  HtmlTable result;
  SpanTableBuilder grid;
  bool in_row = false;
  // Rows and cells are found anywhere below the table except inside nested tables: libxml2 nests
  // a <tr> that follows an unclosed <font> or <p> inside the previous cell, where a browser (and
  // the HTML table model) starts a new row.
  walk_subtree(
      table,
      [&](const xmlNode* node) {
        if (node == table) return true;
        if (node->type != XML_ELEMENT_NODE || is_skipped_element(node)) return false;
        if (is_html_element(node, "table") || is_html_element(node, "caption")) return false;
        if (is_html_element(node, "tr")) {
          grid.begin_row();
          in_row = true;
          return true;
        }
        if (is_html_element(node, "td") || is_html_element(node, "th")) {
          if (!in_row) grid.begin_row();
          in_row = true;
          add_cell(node, grid, result);
        }
        return true;
      },
      [](const xmlNode*) {});
  result.grid = grid.finish();
  return result;
}

bool is_layout_table(const HtmlTable& table) {
  if (table.grid.col_count <= 1) return true;
  const bool wraps_content = !table.nested_tables.empty() || table.has_long_prose;
  return wraps_content && table.numeric_cells < kMinDataTableNumbers;
}

}  // namespace ogi

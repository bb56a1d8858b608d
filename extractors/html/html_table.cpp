#include "extractors/html/html_table.h"

#include <algorithm>
#include <vector>

#include "extractors/html/html_elements.h"
#include "extractors/html/html_text.h"
#include "extractors/span_grid.h"
#include "extractors/xml_nodes.h"

namespace ogi {
namespace {

// About 200 Chinese characters: no label of the templates comes close, a paragraph does.
constexpr std::size_t kLongProseBytes = 600;
// A data table with a long note row still has numbers; a layout table has almost none.
constexpr int kMinDataTableNumbers = 3;

std::vector<const xmlNode*> table_rows(const xmlNode* table) {
  std::vector<const xmlNode*> rows;
  for (const xmlNode* child : element_children(table)) {
    if (is_html_element(child, "tr")) {
      rows.push_back(child);
    } else if (is_html_element(child, "thead") || is_html_element(child, "tbody") ||
               is_html_element(child, "tfoot")) {
      for (const xmlNode* row : element_children(child)) {
        if (is_html_element(row, "tr")) rows.push_back(row);
      }
    }
  }
  return rows;
}

bool is_digits(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\n");
  if (first == std::string_view::npos) return false;
  const auto last = text.find_last_not_of(" \t\n");
  const std::string_view core = text.substr(first, last - first + 1);
  return std::all_of(core.begin(), core.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

HtmlTable read_html_table(const xmlNode* table) {
  HtmlTable result;
  SpanGrid grid;
  for (const xmlNode* row : table_rows(table)) {
    grid.begin_row();
    for (const xmlNode* cell : element_children(row)) {
      if (!is_html_element(cell, "td") && !is_html_element(cell, "th")) continue;
      if (is_skipped_element(cell)) continue;
      CellText text = html_cell_text(cell);
      result.has_nested_table = result.has_nested_table || text.has_nested_table;
      result.has_long_prose = result.has_long_prose || text.text.size() >= kLongProseBytes;
      result.numeric_cells += is_digits(text.text);
      grid.add_cell(integer_attribute(cell, "rowspan", 1), integer_attribute(cell, "colspan", 1),
                    std::move(text.text));
    }
  }
  result.grid = grid.finish();
  return result;
}

bool is_layout_table(const HtmlTable& table) {
  if (table.has_nested_table) return true;
  if (table.grid.col_count <= 1) return true;
  return table.has_long_prose && table.numeric_cells < kMinDataTableNumbers;
}

}  // namespace ogi

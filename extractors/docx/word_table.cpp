#include "extractors/docx/word_table.h"

#include "extractors/common/xml_nodes.h"
#include "extractors/docx/block_items.h"
#include "extractors/docx/paragraph_text.h"
#include "extractors/docx/word_table_builder.h"
#include "extractors/docx/wordml.h"

namespace ogi {
namespace {

using wordml::is_w;
using wordml::w_child;

MergeMark merge_mark(const xmlNode* merge) {
  if (!merge) return MergeMark::kNone;
  // An absent w:val means "continue" (ECMA-376 17.4.85).
  return wordml::w_attr(merge, "val").value_or("continue") == "restart" ? MergeMark::kRestart
                                                                        : MergeMark::kContinue;
}

WordCellSpec cell_spec(const xmlNode* cell, ParagraphReader* reader) {
  const xmlNode* properties = w_child(cell, "tcPr");
  WordCellSpec spec;
  spec.grid_span = wordml::w_int_val(w_child(properties, "gridSpan"), 1);
  spec.vertical = merge_mark(w_child(properties, "vMerge"));
  spec.horizontal = merge_mark(w_child(properties, "hMerge"));
  if (reader) spec.text = cell_text(cell, *reader);
  return spec;
}

int declared_grid_columns(const xmlNode* table) {
  int columns = 0;
  for (const xmlNode* column : element_children(w_child(table, "tblGrid"))) {
    if (is_w(column, "gridCol")) ++columns;
  }
  return columns;
}

int row_property(const xmlNode* row, const char* local) {
  return wordml::w_int_val(w_child(w_child(row, "trPr"), local), 0);
}

}  // namespace

std::string cell_text(const xmlNode* cell, ParagraphReader& reader) {
  std::string text;
  for (const xmlNode* item : block_items(cell)) {
    if (!is_w(item, "p")) continue;
    std::string line = reader.read(item);
    if (is_blank_text(line)) continue;
    if (!text.empty()) text += '\n';
    text += line;
  }
  return text;
}

WordTable read_word_table(const xmlNode* table, ParagraphReader* reader) {
  WordTable result;
  WordTableBuilder builder;
  for (const xmlNode* row : table_rows(table)) {
    builder.begin_row(row_property(row, "gridBefore"));
    for (const xmlNode* cell : row_cells(row)) {
      result.cells.push_back(cell);
      for (const xmlNode* item : block_items(cell)) {
        if (is_w(item, "tbl")) result.nested_tables.push_back(item);
      }
      builder.add_cell(cell_spec(cell, reader));
    }
    builder.end_row(row_property(row, "gridAfter"));
  }
  result.grid = builder.finish(declared_grid_columns(table));
  return result;
}

}  // namespace ogi

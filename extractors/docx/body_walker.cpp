#include "extractors/docx/body_walker.h"

#include <utility>

#include "extractors/docx/block_items.h"
#include "extractors/docx/paragraph_text.h"
#include "extractors/docx/word_table.h"
#include "extractors/docx/wordml.h"

namespace ogi {
namespace {

using wordml::is_w;

bool is_layout_table(const WordTable& table) {
  if (table.cells.size() == 1) return true;
  return !table.nested_tables.empty() && table.grid.col_count <= 2;
}

void append_table_tree(const xmlNode* node, int depth, ParagraphReader& reader,
                       Document& document) {
  WordTable table = read_word_table(node, &reader);
  table.grid.nesting_depth = depth;
  document.add_table(std::move(table.grid));
  for (const xmlNode* nested : table.nested_tables) {
    append_table_tree(nested, depth + 1, reader, document);
  }
}

void append_top_level_table(const xmlNode* node, ParagraphReader& reader, Document& document) {
  const WordTable shape = read_word_table(node, nullptr);
  if (!is_layout_table(shape)) {
    append_table_tree(node, 0, reader, document);
    return;
  }
  for (const xmlNode* cell : shape.cells) append_body_blocks(cell, reader, document);
}

void append_paragraph(const xmlNode* node, ParagraphReader& reader, Document& document) {
  std::string text = reader.read(node);
  if (is_blank_text(text)) return;
  Paragraph paragraph;
  paragraph.text = std::move(text);
  document.add_paragraph(std::move(paragraph));
}

}  // namespace

void append_body_blocks(const xmlNode* container, ParagraphReader& reader, Document& document) {
  for (const xmlNode* item : block_items(container)) {
    if (is_w(item, "p")) {
      append_paragraph(item, reader, document);
    } else if (is_w(item, "tbl")) {
      append_top_level_table(item, reader, document);
    } else if (is_w(item, "altChunk")) {
      document.issues.push_back(
          {"alt_chunk", "content imported from another file (w:altChunk) was not read"});
    }
  }
}

}  // namespace ogi

#include "extractors/html/table_images.h"

#include <string>
#include <vector>

#include "template/display_labels.h"
#include "template/template_markers.h"

namespace ogi {
namespace {

// All cell text of the document's tables without whitespace, so labels broken over lines match.
std::string compact_table_text(const Document& document) {
  std::string text;
  for (const Table& table : document.tables) {
    for (const TableCell& cell : table.cells) {
      for (char c : cell.text) {
        if (c != ' ' && c != '\n' && c != '\t' && c != '\r') text.push_back(c);
      }
    }
  }
  return text;
}

bool contains_any(const std::string& text, const std::vector<std::string>& markers) {
  for (const std::string& marker : markers) {
    if (text.find(marker) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

std::optional<ExtractIssue> table_image_issue(const Document& document, int content_images) {
  if (content_images == 0) return std::nullopt;
  const std::string text = compact_table_text(document);
  std::string missing;
  // Enough of each table's printed labels to tell it is there; layout, which runs after this
  // backend, reads the tables themselves.
  for (const TableMarkers& table : table_presence_markers()) {
    if (contains_any(text, table.any_of)) continue;
    if (!missing.empty()) missing += "、";
    missing += table_label(table.table);
  }
  if (missing.empty()) return std::nullopt;
  return ExtractIssue{"table_image", "页面中没有" + missing + "的表格，但有" +
                                         std::to_string(content_images) +
                                         "张图片：统计表可能以图片形式发布，其数据未能读取"};
}

}  // namespace ogi

#include "extractors/html/table_images.h"

#include <array>
#include <string>
#include <vector>

namespace ogi {
namespace {

// Enough of each table's printed labels to tell it is there; the full template knowledge lives in
// layout, which runs after this backend.
struct TableMarkers {
  const char* name;
  std::vector<std::string_view> any_of;
};

const std::array<TableMarkers, 3>& table_markers() {
  static const std::array<TableMarkers, 3> markers = {{
      {"表二", {"第二十条", "信息内容", "行政许可", "规章"}},
      {"表三", {"本年新收", "予以公开", "申请人情况", "不予公开"}},
      {"表四", {"结果维持", "结果纠正", "尚未审结", "直接起诉"}},
  }};
  return markers;
}

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

bool contains_any(const std::string& text, const std::vector<std::string_view>& markers) {
  for (std::string_view marker : markers) {
    if (text.find(marker) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

std::optional<ExtractIssue> table_image_issue(const Document& document, int content_images) {
  if (content_images == 0) return std::nullopt;
  const std::string text = compact_table_text(document);
  std::string missing;
  for (const TableMarkers& table : table_markers()) {
    if (contains_any(text, table.any_of)) continue;
    if (!missing.empty()) missing += "、";
    missing += table.name;
  }
  if (missing.empty()) return std::nullopt;
  return ExtractIssue{"table_image", "页面中没有" + missing + "的表格，但有" +
                                         std::to_string(content_images) +
                                         "张图片：统计表可能以图片形式发布，其数据未能读取"};
}

}  // namespace ogi

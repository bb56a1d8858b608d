#include "layout/labels/table_kind.h"

#include <string_view>

namespace ogi {
namespace {

bool contains_any(const std::string& text, std::initializer_list<std::string_view> markers) {
  for (std::string_view marker : markers) {
    if (text.find(marker) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

std::string grid_text(const DenseGrid& grid) {
  std::string text;
  for (size_t anchor = 0; anchor < grid.table().cells.size(); ++anchor) {
    text += grid.compact_text(static_cast<int>(anchor));
  }
  return text;
}

TableKind classify_table(const DenseGrid& grid) {
  const std::string text = grid_text(grid);
  // 表三's row labels are the most distinctive; a continuation fragment of it (a table split over
  // pages) still carries some of them.
  if (contains_any(text, {"本年新收", "上年结转", "予以公开", "不予公开", "无法提供", "不予处理",
                          "结转下年度", "本年度办理结果"})) {
    return TableKind::kT3;
  }
  if (text.find("行政复议") != std::string::npos &&
      contains_any(text, {"结果维持", "结果纠正", "尚未审结", "直接起诉"})) {
    return TableKind::kT4;
  }
  if (contains_any(text, {"第二十条", "信息内容", "规章", "行政许可", "行政处罚", "行政事业性收费",
                          "政府集中采购"})) {
    return TableKind::kT2;
  }
  return TableKind::kNone;
}

}  // namespace ogi

#include "layout/labels/table_kind.h"

#include "template/template_markers.h"

namespace ogi {
namespace {

bool contains(const std::string& text, const std::string& marker) {
  return text.find(marker) != std::string::npos;
}

bool prints(const std::string& text, const TableMarkers& markers) {
  for (const std::string& marker : markers.all_of) {
    if (!contains(text, marker)) return false;
  }
  for (const std::string& marker : markers.any_of) {
    if (contains(text, marker)) return true;
  }
  return false;
}

TableKind kind_of(const std::string& table) {
  if (table == "t2") return TableKind::kT2;
  if (table == "t3") return TableKind::kT3;
  if (table == "t4") return TableKind::kT4;
  return TableKind::kNone;
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
  for (const TableMarkers& markers : table_kind_markers()) {
    if (prints(text, markers)) return kind_of(markers.table);
  }
  return TableKind::kNone;
}

}  // namespace ogi

#include "model/cell_key.h"

namespace ogi {

std::string CellKey::text() const { return cell_key_text(table, row, col); }

CellKey CellKey::parse(const std::string& text) {
  const size_t first = text.find('.');
  const size_t last = text.rfind('.');
  if (first == std::string::npos || first == last) return {text, "", ""};
  return {text.substr(0, first), text.substr(first + 1, last - first - 1), text.substr(last + 1)};
}

std::string cell_key_text(const std::string& table, const std::string& row,
                          const std::string& col) {
  return table + "." + row + "." + col;
}

}  // namespace ogi

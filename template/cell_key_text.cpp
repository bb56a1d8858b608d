#include "template/cell_key_text.h"

namespace ogi {

CellKey split_cell_key(const std::string& key) {
  size_t first = key.find('.');
  size_t last = key.rfind('.');
  if (first == std::string::npos || first == last) return {key, "", ""};
  return {key.substr(0, first), key.substr(first + 1, last - first - 1), key.substr(last + 1)};
}

std::string make_cell_key(const std::string& table, const std::string& row,
                          const std::string& col) {
  return table + "." + row + "." + col;
}

}  // namespace ogi

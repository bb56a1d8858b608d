#pragma once

#include <string>

namespace ogi {

// A "table.row.col" key taken apart. Rows may hold dots ("denied.state_secret"); tables and
// columns never do.
struct CellKey {
  std::string table;
  std::string row;
  std::string col;
};

CellKey split_cell_key(const std::string& key);
std::string make_cell_key(const std::string& table, const std::string& row, const std::string& col);

}  // namespace ogi

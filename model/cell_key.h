#pragma once

#include <string>

namespace ogi {

// A canonical cell's place, "table.row.col" taken apart. Rows may hold dots
// ("denied.state_secret"); tables and columns never do. The one way keys are built and split, so
// a key written by layout is the key validate and output look up.
struct CellKey {
  std::string table;
  std::string row;
  std::string col;

  std::string text() const;
  static CellKey parse(const std::string& text);
};

// "t3.denied.state_secret.total".
std::string cell_key_text(const std::string& table, const std::string& row, const std::string& col);

}  // namespace ogi

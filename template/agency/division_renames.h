#pragma once

#include <span>

namespace ogi {

// A county-level division renamed or re-formed under a new name (县 → 区, 县 → 市): reports
// printed under the old name belong to the division of `code`.
struct DivisionRename {
  const char* old_name;
  int code;  // the division today (division_table.h)
  int year;  // the year of the State Council's approval
  const char* source;
};

// The renames the division package does not keep (it holds today's divisions only).
std::span<const DivisionRename> division_renames();

}  // namespace ogi

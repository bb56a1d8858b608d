#pragma once

#include <string>

#include "layout/dense_grid.h"

namespace ogi {

enum class TableKind { kNone, kT2, kT3, kT4 };

// Which template table a grid holds, from the labels it prints; kNone for layout or other tables.
TableKind classify_table(const DenseGrid& grid);

// All compact cell texts of a grid concatenated, for marker searches.
std::string grid_text(const DenseGrid& grid);

}  // namespace ogi

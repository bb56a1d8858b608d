#pragma once

#include <string>
#include <vector>

#include "model/geometry.h"

namespace ogi {

// A cell to read again from the page image: where it was printed, in the coordinates of the
// Page it came from (PDF points, top-left origin, 0-based page index).
struct RereadRequest {
  std::string key;  // table.row.col
  int page_index = 0;
  Box box;
};

// One number a re-reading recognizer saw in the cell, and how many recognizers saw it.
struct RereadNumber {
  std::string text;
  int votes = 0;
};

// What the re-reading of one cell found: every distinct number, most votes first; empty when no
// recognizer saw a number.
struct CellRereading {
  std::string key;
  std::vector<RereadNumber> numbers;
};

}  // namespace ogi

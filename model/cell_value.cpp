#include "model/cell_value.h"

namespace ogi {

bool holds_number(const CellValue& value) {
  if (value.semantic == Semantic::kZero) return true;
  return value.semantic == Semantic::kNumeric && value.value.has_value();
}

}  // namespace ogi

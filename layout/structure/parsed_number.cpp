#include "layout/structure/parsed_number.h"

#include "normalize/cell_value_parser.h"

namespace ogi {

bool parses_as_number(std::string_view text) {
  const Semantic semantic = parse_cell_value(text).semantic;
  return semantic == Semantic::kNumeric || semantic == Semantic::kZero;
}

}  // namespace ogi

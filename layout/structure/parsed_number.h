#pragma once

#include <string_view>

namespace ogi {

// Whether the value parser reads the text as a number or zero: full-width digits, units, dashes
// for zero and the like count, as they will when the cell is mapped. Looser than
// model/printed_table.h's is_ascii_number, which extractors use before text is normalized.
bool parses_as_number(std::string_view text);

}  // namespace ogi

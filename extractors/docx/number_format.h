#pragma once

#include <string>
#include <string_view>

namespace ogi {

// A list number in one of WordprocessingML's w:numFmt styles, as Word prints it: "decimal" → "3",
// "chineseCounting" → "三", "decimalEnclosedCircle" → "③", "upperRoman" → "III", ... Formats
// this function does not know fall back to decimal; "bullet" and "none" print nothing.
std::string format_list_number(int number, std::string_view num_fmt);

}  // namespace ogi

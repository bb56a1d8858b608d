#pragma once

#include <string>
#include <string_view>

namespace ogi {

// Code-point views of UTF-8 text, for label matching by characters rather than bytes. Invalid
// bytes decode to U+FFFD so hostile input can never stall a loop.
std::u32string utf8_to_u32(std::string_view text);
std::string u32_to_utf8(std::u32string_view text);

}  // namespace ogi

#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace ogi {

// UTF-8 stepping for the normalize stage. Ill-formed bytes decode to U+FFFD, one byte at a time,
// so hostile input neither stalls a loop nor leaks invalid UTF-8 into the output.
char32_t next_code_point(std::string_view text, size_t& offset);
char32_t previous_code_point(std::string_view text, size_t& offset);
void append_code_point(std::string& out, char32_t code_point);

}  // namespace ogi

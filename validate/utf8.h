#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ogi {

// Narrative matching works on code points so that one Chinese character is one position.
// Invalid UTF-8 bytes become U+FFFD.
std::u32string to_u32(std::string_view text);
std::string to_utf8(std::u32string_view text);

using WordList = std::vector<std::u32string_view>;

bool contains(std::u32string_view text, std::u32string_view word);
bool contains_any(std::u32string_view text, const WordList& words);
// Position of the first of `words` found in text (earliest position), npos if none.
size_t find_first_word(std::u32string_view text, const WordList& words, size_t* length = nullptr);

}  // namespace ogi

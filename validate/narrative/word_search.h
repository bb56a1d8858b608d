#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/utf8.h"

namespace ogi {

// Narrative matching works on code points (model/utf8.h) so that one Chinese character is one
// position; these look for words in such text.

using WordList = std::vector<std::u32string_view>;

bool contains(std::u32string_view text, std::u32string_view word);
bool contains_any(std::u32string_view text, const WordList& words);
// Position of the first of `words` found in text (earliest position), npos if none.
size_t find_first_word(std::u32string_view text, const WordList& words, size_t* length = nullptr);

}  // namespace ogi

#include "validate/narrative/word_search.h"

namespace ogi {

bool contains(std::u32string_view text, std::u32string_view word) {
  return text.find(word) != std::u32string_view::npos;
}

bool contains_any(std::u32string_view text, const WordList& words) {
  for (std::u32string_view word : words) {
    if (contains(text, word)) return true;
  }
  return false;
}

size_t find_first_word(std::u32string_view text, const WordList& words, size_t* length) {
  size_t best = std::u32string_view::npos;
  for (std::u32string_view word : words) {
    size_t at = text.find(word);
    if (at < best) {
      best = at;
      if (length) *length = word.size();
    }
  }
  return best;
}

}  // namespace ogi

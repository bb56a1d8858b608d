#pragma once

#include <string>
#include <string_view>

namespace ogi {

// Normalizes one line of text (no line breaks inside): CJK radicals to their ideographs
// (cjk_radicals.h) and NFKC, invisible characters dropped, each
// whitespace run removed where it touches CJK text and folded to one space elsewhere, trimmed.
// ASCII punctuation is looked through when deciding: NFKC made most of it from full-width
// punctuation, so "11条 ， 2024" folds to "11条,2024" but "N / A" stays.
class LineFolder {
 public:
  void append_folded(std::string_view line, std::string& out);
  // The same for text already in NFKC, such as folded lines joined by a space.
  void append_folded_nfkc(std::string_view text, std::string& out);

 private:
  // NFKC of `text` with its radicals made ideographs, in a member buffer or `text` itself when it
  // is unchanged.
  std::string_view nfkc_of(std::string_view text);
  void renormalize_tail(std::string& out, size_t start);

  std::string radical_text_;
  std::string nfkc_text_;  // reused so that a long text costs no allocation per line
};

}  // namespace ogi

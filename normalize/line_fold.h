#pragma once

#include <string>
#include <string_view>

namespace ogi {

// Normalizes one line of text (no line breaks inside): NFKC, invisible characters dropped, each
// whitespace run removed where it touches CJK text and folded to one space elsewhere, trimmed.
// ASCII punctuation is looked through when deciding: NFKC made most of it from full-width
// punctuation, so "11条 ， 2024" folds to "11条,2024" but "N / A" stays.
class LineFolder {
 public:
  void append_folded(std::string_view line, std::string& out);

 private:
  std::string nfkc_text_;  // reused so that a long text costs no allocation per line
};

// Whether two folded lines joined into one need a space between them, by the same rule.
bool needs_join_space(std::string_view left, std::string_view right);

}  // namespace ogi

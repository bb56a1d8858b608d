#pragma once

#include <string_view>
#include <vector>

namespace ogi {

// One non-blank line of a text whose line breaks may be hard wraps (PDF text layers, text dumps)
// or real paragraph ends. `text` is already normalized (NFKC, spaces folded).
struct TextLine {
  std::string_view text;
  int width = 0;  // print width of the line as extracted, see display_width()
};

// Element i tells whether a paragraph break separates lines[i] and lines[i + 1]; otherwise the
// break is a hard wrap inside a paragraph and the lines are joined. Blank lines between lines are
// no signal: text dumps put one after every wrapped line, and page breaks split sentences.
std::vector<bool> find_paragraph_breaks(const std::vector<TextLine>& lines);

// Whether a normalized line starts with an enumeration marker: 一、 (一) (1) 1. 1、 第一章.
bool starts_with_heading_marker(std::string_view line);

// Whether a normalized line ends a sentence: 。 ! ? ; : (NFKC forms of 。！？；：), also when
// followed by closing quotes or brackets.
bool ends_sentence(std::string_view line);

}  // namespace ogi

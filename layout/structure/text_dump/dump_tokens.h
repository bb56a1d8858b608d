#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ogi {

// The pieces of a table that a text dump prints: label text and values, in reading order.
enum class TokenKind { kText, kValue, kEmpty };

struct TextToken {
  TokenKind kind = TokenKind::kText;
  std::string text;  // as printed (normalized)
};

// A line of text: '|' separates cells (pipe rows broken over lines); otherwise whitespace
// separates words, and a number glued to the end of a label ("规章0", as normalization writes
// "规章 0") is split off. A value is what parse_cell_value reads as a number, a zero or a
// not-applicable mark. No kEmpty tokens: a line's blanks say nothing about positions.
std::vector<TextToken> tokenize_line(std::string_view line);

// A row of a native table: one token per cell; an empty cell between two values becomes kEmpty,
// since there it holds a column position.
std::vector<TextToken> tokenize_row(const std::vector<std::string>& cells);

// Label text followed by the values printed after it: the unit a text table is rebuilt from.
struct TextSegment {
  std::vector<std::string> labels;  // text tokens, in order
  std::vector<TextToken> values;    // kValue and kEmpty tokens
};

// Groups tokens into segments: a segment starts at text that follows values.
std::vector<TextSegment> segment_tokens(const std::vector<TextToken>& tokens);

}  // namespace ogi

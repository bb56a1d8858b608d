#include "layout/structure/text_dump/dump_tokens.h"

#include "normalize/cell_value_parser.h"
#include "normalize/char_class.h"
#include "normalize/code_points.h"

namespace ogi {
namespace {

bool is_value(std::string_view text) {
  const Semantic semantic = parse_cell_value(text).semantic;
  return semantic == Semantic::kNumeric || semantic == Semantic::kZero || semantic == Semantic::kNa;
}

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// Start of a number glued to the end of `word` after CJK text or a closing bracket, or npos.
size_t glued_number_start(std::string_view word) {
  size_t start = word.size();
  while (start > 0 &&
         (is_ascii_digit(word[start - 1]) || word[start - 1] == '.' || word[start - 1] == ',')) {
    --start;
  }
  if (start == word.size() || start == 0 || !is_ascii_digit(word[start])) return std::string::npos;
  size_t before = start;
  const char32_t previous = previous_code_point(word, before);
  if (!is_cjk_char(previous) && previous != U')') return std::string::npos;
  return start;
}

void add_word(std::string_view word, std::vector<TextToken>& tokens) {
  if (word.empty()) return;
  if (is_value(word)) {
    tokens.push_back({TokenKind::kValue, std::string(word)});
    return;
  }
  const size_t number = glued_number_start(word);
  if (number != std::string::npos && is_value(word.substr(number))) {
    tokens.push_back({TokenKind::kText, std::string(word.substr(0, number))});
    tokens.push_back({TokenKind::kValue, std::string(word.substr(number))});
    return;
  }
  tokens.push_back({TokenKind::kText, std::string(word)});
}

void add_words(std::string_view text, std::vector<TextToken>& tokens) {
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    add_word(text.substr(start, end - start), tokens);
    start = end + 1;
  }
}

}  // namespace

std::vector<TextToken> tokenize_line(std::string_view line) {
  std::vector<TextToken> tokens;
  size_t start = 0;
  while (start <= line.size()) {
    size_t end = line.find('|', start);
    if (end == std::string_view::npos) end = line.size();
    add_words(line.substr(start, end - start), tokens);
    start = end + 1;
  }
  return tokens;
}

std::vector<TextToken> tokenize_row(const std::vector<std::string>& cells) {
  std::vector<TextToken> tokens;
  size_t pending_empty = 0;
  for (const std::string& cell : cells) {
    if (cell.empty()) {
      pending_empty += !tokens.empty() && tokens.back().kind != TokenKind::kText;
      continue;
    }
    const bool value = is_value(cell);
    if (value) tokens.insert(tokens.end(), pending_empty, {TokenKind::kEmpty, ""});
    pending_empty = 0;
    if (value) {
      tokens.push_back({TokenKind::kValue, cell});
    } else {
      add_words(cell, tokens);
    }
  }
  return tokens;
}

std::vector<TextSegment> segment_tokens(const std::vector<TextToken>& tokens) {
  std::vector<TextSegment> segments;
  for (const TextToken& token : tokens) {
    const bool text = token.kind == TokenKind::kText;
    if (segments.empty() || (text && !segments.back().values.empty())) segments.emplace_back();
    if (text) {
      segments.back().labels.push_back(token.text);
    } else {
      segments.back().values.push_back(token);
    }
  }
  return segments;
}

}  // namespace ogi

#include "normalize/text_normalize.h"

#include <string>
#include <vector>

#include "normalize/char_class.h"
#include "normalize/code_points.h"
#include "normalize/line_fold.h"
#include "normalize/paragraph_breaks.h"

namespace ogi {
namespace {

// Bytes of the line break starting at text[i], 0 if none starts there.
size_t line_break_length(std::string_view text, size_t i) {
  const auto byte = static_cast<unsigned char>(text[i]);
  if (byte == '\n' || byte == '\v' || byte == '\f') return 1;
  if (byte == '\r') return (i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
  if (byte == 0xC2) {  // NEL
    return (i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x85) ? 2 : 0;
  }
  if (byte == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
    const auto last = static_cast<unsigned char>(text[i + 2]);
    return (last == 0xA8 || last == 0xA9) ? 3 : 0;  // LINE / PARAGRAPH SEPARATOR
  }
  return 0;
}

template <typename Visit>
void for_each_raw_line(std::string_view text, Visit&& visit) {
  size_t start = 0;
  size_t i = 0;
  while (i < text.size()) {
    const size_t length = line_break_length(text, i);
    if (length == 0) {
      ++i;
      continue;
    }
    visit(text.substr(start, i - start));
    i += length;
    start = i;
  }
  visit(text.substr(start));
}

// Print width of a raw line without its leading and trailing whitespace.
int raw_line_width(std::string_view raw) {
  int width = 0;
  int width_to_last_visible = 0;
  for (size_t offset = 0; offset < raw.size();) {
    const char32_t c = next_code_point(raw, offset);
    if (is_dropped_char(c)) continue;
    if (is_inline_space(c)) {
      if (width > 0) ++width;
      continue;
    }
    width += display_width(c);
    width_to_last_visible = width;
  }
  return width_to_last_visible;
}

// Bracket, quote and colon variants that print alike in labels. NFKC already maps the full-width
// ASCII forms; the rest have no compatibility mapping.
char32_t map_label_char(char32_t c) {
  switch (c) {
    case U'（':
    case U'〔':
      return '(';
    case U'）':
    case U'〕':
      return ')';
    case U'［':
    case U'【':
    case U'〖':
      return '[';
    case U'］':
    case U'】':
    case U'〗':
      return ']';
    case U'：':
      return ':';
    case U'，':
      return ',';
    default:
      break;
  }
  const bool is_quote =
      std::u32string_view(U"\"'“”„‟「」『』‘’‚‛″′〝〞〟＂＇").find(c) != std::u32string_view::npos;
  return is_quote ? U'"' : c;
}

struct FoldedLine {
  size_t begin = 0;
  size_t end = 0;
  int width = 0;
};

}  // namespace

std::string normalize_text(std::string_view text, bool keep_newlines) {
  std::string folded;
  folded.reserve(text.size());
  std::vector<FoldedLine> lines;
  LineFolder folder;
  for_each_raw_line(text, [&](std::string_view raw) {
    const size_t begin = folded.size();
    folder.append_folded(raw, folded);
    if (folded.size() == begin) return;  // blank line
    const int width = keep_newlines ? raw_line_width(raw) : 0;
    lines.push_back({begin, folded.size(), width});
  });

  std::vector<TextLine> text_lines;
  text_lines.reserve(lines.size());
  const std::string_view all(folded);
  for (const FoldedLine& line : lines) {
    text_lines.push_back({all.substr(line.begin, line.end - line.begin), line.width});
  }
  const std::vector<bool> breaks =
      keep_newlines ? find_paragraph_breaks(text_lines) : std::vector<bool>(lines.size(), false);

  std::string out;
  out.reserve(folded.size() + lines.size());
  for (size_t i = 0; i < text_lines.size(); ++i) {
    if (i > 0) {
      if (breaks[i - 1]) {
        out.push_back('\n');
      } else if (needs_join_space(text_lines[i - 1].text, text_lines[i].text)) {
        out.push_back(' ');
      }
    }
    out.append(text_lines[i].text);
  }
  return out;
}

std::string compact_label(std::string_view text) {
  const std::string normalized = normalize_text(text);
  std::string out;
  out.reserve(normalized.size());
  for (size_t offset = 0; offset < normalized.size();) {
    const char32_t c = map_label_char(next_code_point(normalized, offset));
    if (c == ' ') continue;
    // NFKC turns ″ into two primes; a doubled quote means nothing more than a single one.
    if (c == '"' && !out.empty() && out.back() == '"') continue;
    append_code_point(out, c);
  }
  return out;
}

}  // namespace ogi

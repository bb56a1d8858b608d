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
      std::u32string_view(U"\"'“”„‟「」『』‘’‚‛〝〞〟＂＇").find(c) != std::u32string_view::npos;
  return is_quote ? U'"' : c;
}

// NFKC splits a double prime ″ (used as a quote) into two primes; as a quote it is one mark.
std::string replace_double_primes(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t offset = 0; offset < text.size();) {
    const size_t start = offset;
    const char32_t c = next_code_point(text, offset);
    if (c == U'″' || c == U'‶') {
      out.push_back('"');
    } else {
      out.append(text.substr(start, offset - start));
    }
  }
  return out;
}

// Every non-blank line of `text`, folded, in one buffer.
struct FoldedLines {
  std::string buffer;
  std::vector<TextLine> lines;  // views into buffer
};

FoldedLines fold_lines(std::string_view text, bool measure_widths, LineFolder& folder) {
  FoldedLines result;
  result.buffer.reserve(text.size());
  std::vector<std::pair<size_t, size_t>> ranges;
  std::vector<int> widths;
  for_each_raw_line(text, [&](std::string_view raw) {
    const size_t begin = result.buffer.size();
    folder.append_folded(raw, result.buffer);
    if (result.buffer.size() == begin) return;  // blank line
    ranges.emplace_back(begin, result.buffer.size());
    widths.push_back(measure_widths ? raw_line_width(raw) : 0);
  });
  // Views are taken once the buffer has stopped growing.
  const std::string_view all(result.buffer);
  result.lines.reserve(ranges.size());
  for (size_t i = 0; i < ranges.size(); ++i) {
    result.lines.push_back(
        {all.substr(ranges[i].first, ranges[i].second - ranges[i].first), widths[i]});
  }
  return result;
}

// Joins lines into paragraphs separated by '\n'. Lines of one paragraph are folded again as one
// line: whether a space survives at a join depends on characters from both lines.
std::string join_paragraphs(const std::vector<TextLine>& lines, const std::vector<bool>& breaks,
                            LineFolder& folder) {
  std::string out;
  std::string joined;
  for (size_t first = 0; first < lines.size();) {
    size_t last = first;
    while (last + 1 < lines.size() && !breaks[last]) ++last;
    if (first > 0) out.push_back('\n');
    if (last == first) {
      out.append(lines[first].text);
    } else {
      joined.clear();
      for (size_t i = first; i <= last; ++i) {
        if (i > first) joined.push_back(' ');
        joined.append(lines[i].text);
      }
      folder.append_folded_nfkc(joined, out);
    }
    first = last + 1;
  }
  return out;
}

}  // namespace

std::string normalize_text(std::string_view text, bool keep_newlines) {
  LineFolder folder;
  const FoldedLines folded = fold_lines(text, keep_newlines, folder);
  const std::vector<bool> breaks = keep_newlines ? find_paragraph_breaks(folded.lines)
                                                 : std::vector<bool>(folded.lines.size(), false);
  return join_paragraphs(folded.lines, breaks, folder);
}

std::string compact_label(std::string_view text) {
  const std::string normalized = normalize_text(replace_double_primes(text));
  std::string out;
  out.reserve(normalized.size());
  for (size_t offset = 0; offset < normalized.size();) {
    const char32_t c = map_label_char(next_code_point(normalized, offset));
    if (c != ' ') append_code_point(out, c);
  }
  return out;
}

}  // namespace ogi

#include "normalize/paragraph_breaks.h"

#include <algorithm>
#include <optional>
#include <string_view>

#include "normalize/code_points.h"

namespace ogi {
namespace {

// Justified CJK lines of one text block vary by a character or two (digits and Latin letters
// are narrower), so lines within this fraction of the widest are taken as full.
constexpr double kFullLineSpread = 0.12;
// A line clearly shorter than the wrap width ended its paragraph.
constexpr double kShortLineRatio = 0.75;
// Hard wrapping is assumed when at least this share of the lines are full lines and hardly any
// line is wider than the wrap width (headings and table rows dilute the full lines).
constexpr double kMinFullLineShare = 0.2;
constexpr double kMaxOverlongShare = 0.1;
constexpr size_t kMinLinesForWrap = 4;
// Enumerations stop well before 1000; "2024." or "(2024)" starts a date or a number.
constexpr int kMaxMarkerDigits = 3;

bool is_chinese_numeral(char32_t c) {
  return std::u32string_view(U"一二三四五六七八九十百零〇").find(c) != std::u32string_view::npos;
}
bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
bool is_numeral(char32_t c) { return is_digit(c) || is_chinese_numeral(c); }
bool is_one_of(char32_t c, std::u32string_view set) {
  return set.find(c) != std::u32string_view::npos;
}

bool is_sentence_end(char32_t c) { return is_one_of(c, U"。!?;:！？；："); }
bool is_closer(char32_t c) { return is_one_of(c, U"\"')]}”’》〉」』】〕）］"); }

// Reads a line front to back; past the end it yields 0, which no test below accepts.
class LineReader {
 public:
  explicit LineReader(std::string_view text) : text_(text) {}
  char32_t peek() const {
    size_t offset = offset_;
    return offset < text_.size() ? next_code_point(text_, offset) : 0;
  }
  char32_t next() { return offset_ < text_.size() ? next_code_point(text_, offset_) : 0; }
  // Consumes a run of characters accepted by `accept`, returns how many.
  template <typename Predicate>
  int skip_while(Predicate accept) {
    int count = 0;
    while (accept(peek())) {
      next();
      ++count;
    }
    return count;
  }

 private:
  std::string_view text_;
  size_t offset_ = 0;
};

bool is_clause_punct(char32_t c) { return is_sentence_end(c) || is_one_of(c, U",、，"); }

template <typename Predicate>
bool contains_any(std::string_view line, Predicate accept) {
  for (size_t offset = 0; offset < line.size();) {
    if (accept(next_code_point(line, offset))) return true;
  }
  return false;
}

// A line that is only a heading: numbered and without sentence punctuation.
bool is_heading_line(std::string_view line) {
  return starts_with_heading_marker(line) && !contains_any(line, is_sentence_end);
}

// A line without any comma or stop is a title or a label ("2024年政府信息公开工作年度报告"),
// where a sentence cut by a page break would show one.
bool is_title_line(std::string_view line) { return !contains_any(line, is_clause_punct); }

// The width hard-wrapped lines were cut at, if the widths show one: the width w for which most
// lines fall in [w * (1 - spread), w], when those are a large enough share of all lines and few
// lines are wider.
std::optional<int> estimate_wrap_width(const std::vector<TextLine>& lines) {
  if (lines.size() < kMinLinesForWrap) return std::nullopt;
  std::vector<int> widths;
  widths.reserve(lines.size());
  for (const TextLine& line : lines) widths.push_back(line.width);
  std::sort(widths.begin(), widths.end());
  size_t best_count = 0;
  int best_width = 0;
  size_t low = 0;
  for (size_t high = 0; high < widths.size(); ++high) {
    while (widths[low] < widths[high] * (1.0 - kFullLineSpread)) ++low;
    const size_t count = high - low + 1;
    if (count >= best_count) {
      best_count = count;
      best_width = widths[high];
    }
  }
  const auto overlong = static_cast<size_t>(
      widths.end() - std::upper_bound(widths.begin(), widths.end(),
                                      static_cast<int>(best_width * (1.0 + kFullLineSpread))));
  if (best_count < 3 || best_count < kMinFullLineShare * widths.size() ||
      overlong > kMaxOverlongShare * widths.size()) {
    return std::nullopt;
  }
  return best_width;
}

}  // namespace

bool starts_with_heading_marker(std::string_view line) {
  LineReader reader(line);
  const char32_t first = reader.next();
  if (first == '(' || first == U'（') {  // (一) (1), but not (2024)
    const int count = reader.skip_while(is_numeral);
    return count > 0 && count <= kMaxMarkerDigits && is_one_of(reader.next(), U")）");
  }
  if (first == U'第') {  // 第一章 第二部分
    return reader.skip_while(is_numeral) > 0 && is_one_of(reader.next(), U"章节条部");
  }
  if (is_chinese_numeral(first)) {  // 一、 十二、
    reader.skip_while(is_chinese_numeral);
    return is_one_of(reader.next(), U"、.．");
  }
  if (is_digit(first)) {  // 1、 1) 1. but not 1.5 or 2024年
    if (reader.skip_while(is_digit) + 1 > kMaxMarkerDigits) return false;
    const char32_t marker = reader.next();
    if (marker == '.') return !is_digit(reader.peek());
    return is_one_of(marker, U"、)）");
  }
  return false;
}

bool ends_sentence(std::string_view line) {
  size_t offset = line.size();
  while (offset > 0) {
    const char32_t c = previous_code_point(line, offset);
    if (!is_closer(c)) return is_sentence_end(c);
  }
  return false;
}

std::vector<bool> find_paragraph_breaks(const std::vector<TextLine>& lines) {
  std::vector<bool> breaks(lines.empty() ? 0 : lines.size() - 1, false);
  const std::optional<int> wrap_width = estimate_wrap_width(lines);
  for (size_t i = 0; i < breaks.size(); ++i) {
    const TextLine& line = lines[i];
    const TextLine& next = lines[i + 1];
    if (ends_sentence(line.text) || starts_with_heading_marker(next.text)) {
      breaks[i] = true;
    } else if (wrap_width) {
      breaks[i] = line.width < kShortLineRatio * *wrap_width;
    } else if (lines.size() >= kMinLinesForWrap) {
      // Unwrapped text, a paragraph per line: only a sentence cut short continues.
      breaks[i] = is_heading_line(line.text) || is_title_line(line.text);
    } else {
      // A few lines, as in one extracted paragraph: line breaks are wraps unless after a heading.
      breaks[i] = is_heading_line(line.text);
    }
  }
  return breaks;
}

}  // namespace ogi

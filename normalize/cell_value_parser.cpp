#include "normalize/cell_value_parser.h"

#include <charconv>
#include <optional>
#include <string>
#include <string_view>

#include "normalize/code_points.h"
#include "normalize/text_normalize.h"

namespace ogi {
namespace {

// template.md §5.1. Units are recorded as printed; nothing is converted.
constexpr std::string_view kUnits[] = {"件", "条", "项", "个", "元", "万元"};
constexpr std::string_view kNaWords[] = {"不适用", "无", "N/A", "n/a", "NA"};
constexpr std::string_view kZeroWords[] = {"零", "〇"};

struct SignPrefix {
  std::string_view text;
  int sign;
};
// Longer prefixes first: 增加 before 增.
constexpr SignPrefix kSignPrefixes[] = {{"增加", 1}, {"减少", -1}, {"增", 1}, {"减", -1},
                                        {"+", 1},    {"-", -1},    {"−", -1}};

// Punctuation a cell may carry around its value without changing it ("12。").
bool is_tolerated_punct(char32_t c) {
  return std::u32string_view(U"。.,、;:!?").find(c) != std::u32string_view::npos;
}

bool is_dash_or_slash(char32_t c) {
  return std::u32string_view(U"-‐‑‒–—―−─━ー/\\∕⁄ ").find(c) != std::u32string_view::npos;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string_view trim_spaces(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

// Drops tolerated punctuation at both ends; a leading '.' stays so that ".5" does not read as 5.
std::string_view strip_tolerated_punct(std::string_view text) {
  while (!text.empty()) {
    size_t offset = text.size();
    if (!is_tolerated_punct(previous_code_point(text, offset))) break;
    text = trim_spaces(text.substr(0, offset));
  }
  while (!text.empty() && text.front() != '.') {
    size_t offset = 0;
    if (!is_tolerated_punct(next_code_point(text, offset))) break;
    text = trim_spaces(text.substr(offset));
  }
  return text;
}

// "/", "-", "——", "--" and the like: a dash or slash drawn to say "not applicable".
bool is_na(std::string_view text) {
  for (std::string_view word : kNaWords) {
    if (text == word) return true;
  }
  for (size_t offset = 0; offset < text.size();) {
    if (!is_dash_or_slash(next_code_point(text, offset))) return false;
  }
  return true;
}

struct ParsedNumber {
  double value = 0;
  bool is_decimal = false;
  bool explicit_sign = false;
  std::string_view unit;
};

// Whether text[comma] is ',' followed by exactly three digits.
bool is_thousands_group(std::string_view text, size_t comma) {
  if (comma + 4 > text.size()) return false;
  for (size_t k = comma + 1; k <= comma + 3; ++k) {
    if (!is_digit(text[k])) return false;
  }
  return comma + 4 == text.size() || !is_digit(text[comma + 4]);
}

// Digits with optional thousands groups ("1,234") and fraction, starting at text[pos]. Returns
// the digits without separators, or nothing when the separators are not regular thousands.
std::optional<std::string> read_digits(std::string_view text, size_t& pos, bool& is_decimal) {
  const size_t start = pos;
  while (pos < text.size() && is_digit(text[pos])) ++pos;
  const size_t leading_digits = pos - start;
  if (leading_digits == 0) return std::nullopt;
  std::string digits(text.substr(start, leading_digits));
  while (pos < text.size() && text[pos] == ',') {
    if (leading_digits > 3 || !is_thousands_group(text, pos)) return std::nullopt;
    digits.append(text.substr(pos + 1, 3));
    pos += 4;
  }
  if (pos + 1 < text.size() && text[pos] == '.' && is_digit(text[pos + 1])) {
    is_decimal = true;
    digits.push_back('.');
    for (++pos; pos < text.size() && is_digit(text[pos]); ++pos) digits.push_back(text[pos]);
  }
  return digits;
}

std::optional<ParsedNumber> parse_number(std::string_view text) {
  ParsedNumber number;
  int sign = 1;
  for (const SignPrefix& prefix : kSignPrefixes) {
    if (text.starts_with(prefix.text)) {
      sign = prefix.sign;
      number.explicit_sign = true;
      text = trim_spaces(text.substr(prefix.text.size()));
      break;
    }
  }
  size_t pos = 0;
  const std::optional<std::string> digits = read_digits(text, pos, number.is_decimal);
  if (!digits) return std::nullopt;
  const std::string_view unit = trim_spaces(text.substr(pos));
  if (!unit.empty()) {
    bool known = false;
    for (std::string_view candidate : kUnits) known = known || unit == candidate;
    if (!known) return std::nullopt;
    number.unit = unit;
  }
  double magnitude = 0;
  const auto result = std::from_chars(digits->data(), digits->data() + digits->size(), magnitude);
  if (result.ec != std::errc() || result.ptr != digits->data() + digits->size()) {
    return std::nullopt;
  }
  number.value = magnitude == 0 ? 0.0 : sign * magnitude;  // never -0
  return number;
}

}  // namespace

CellValue parse_cell_value(std::string_view text) {
  CellValue cell;
  cell.raw = normalize_text(text);
  if (cell.raw.empty() || cell.raw == "&nbsp;") {
    cell.semantic = Semantic::kEmpty;
    return cell;
  }
  const std::string_view core = strip_tolerated_punct(cell.raw);
  if (core.empty()) {
    cell.semantic = Semantic::kText;
    return cell;
  }
  if (is_na(core)) {
    cell.semantic = Semantic::kNa;
    return cell;
  }
  for (std::string_view word : kZeroWords) {
    if (core == word) {
      cell.semantic = Semantic::kZero;
      cell.value = 0.0;
      return cell;
    }
  }
  const std::optional<ParsedNumber> number = parse_number(core);
  if (!number) {
    cell.semantic = Semantic::kText;
    return cell;
  }
  cell.value = number->value;
  cell.semantic = number->value == 0 ? Semantic::kZero : Semantic::kNumeric;
  cell.unit = std::string(number->unit);
  cell.is_decimal = number->is_decimal;
  cell.explicit_sign = number->explicit_sign;
  return cell;
}

}  // namespace ogi

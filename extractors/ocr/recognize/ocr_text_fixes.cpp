#include "extractors/ocr/recognize/ocr_text_fixes.h"

#include "model/utf8.h"

namespace ogi {
namespace {

constexpr std::u32string_view kNumerals = U"一二三四五六七八九十0123456789";
constexpr std::u32string_view kOpeners = U"(（《〈<[【{「";
constexpr std::u32string_view kClosers = U")）》〉>]】}」";

bool is_numeral(char32_t c) { return kNumerals.find(c) != std::u32string_view::npos; }
bool is_opener(char32_t c) { return kOpeners.find(c) != std::u32string_view::npos; }
bool is_closer(char32_t c) { return kClosers.find(c) != std::u32string_view::npos; }

}  // namespace

std::string fix_enumeration_brackets(std::string_view text) {
  std::u32string chars = utf8_to_u32(text);
  for (size_t open = 0; open < chars.size(); ++open) {
    if (!is_opener(chars[open])) continue;
    size_t close = open + 1;
    while (close < chars.size() && close - open <= 2 && is_numeral(chars[close])) ++close;
    // One or two numerals between bracket-like marks: an enumeration marker such as (六).
    if (close == open + 1 || close - open > 3 || close >= chars.size()) continue;
    if (!is_closer(chars[close])) continue;
    chars[open] = U'（';
    chars[close] = U'）';
    open = close;
  }
  return u32_to_utf8(chars);
}

}  // namespace ogi

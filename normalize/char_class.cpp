#include "normalize/char_class.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

namespace ogi {
namespace {

bool in_range(char32_t c, char32_t low, char32_t high) { return c >= low && c <= high; }

bool is_cjk_punctuation(char32_t c) {
  return in_range(c, 0x3000, 0x303F)     // CJK symbols and punctuation: 、。《》【】〔〕
         || in_range(c, 0xFF00, 0xFFEF)  // full-width forms NFKC leaves alone
         || in_range(c, 0xFE30, 0xFE4F)  // CJK compatibility forms
         || in_range(c, 0x3200, 0x33FF)  // enclosed CJK letters, CJK compatibility
         || in_range(c, 0x2018, 0x201F)  // curly quotes
         || c == 0x2014 || c == 0x2015   // em dash, horizontal bar (—— in Chinese text)
         || c == 0x2026 || c == 0x00B7 || c == 0x30FB;  // ellipsis, middle dots
}

bool is_cjk_script(char32_t c) {
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
  if (U_FAILURE(status)) return false;
  return script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA ||
         script == USCRIPT_BOPOMOFO;
}

}  // namespace

bool is_cjk_char(char32_t c) {
  if (c < 0x2000) return c == 0x00B7;
  if (in_range(c, 0x4E00, 0x9FFF)) return true;  // the common case, without a property lookup
  return is_cjk_punctuation(c) || is_cjk_script(c);
}

bool is_ascii_punct(char32_t c) {
  return in_range(c, 0x21, 0x2F) || in_range(c, 0x3A, 0x40) || in_range(c, 0x5B, 0x60) ||
         in_range(c, 0x7B, 0x7E);
}

bool is_line_break(char32_t c) {
  return in_range(c, 0x0A, 0x0D) || c == 0x85 || c == 0x2028 || c == 0x2029;
}

bool is_inline_space(char32_t c) {
  if (c == ' ') return true;
  if (c < 0x80) return c == '\t';
  return !is_line_break(c) && u_isUWhiteSpace(static_cast<UChar32>(c));
}

bool is_dropped_char(char32_t c) {
  if (c < 0x20 || in_range(c, 0x7F, 0x9F)) return !is_line_break(c) && c != '\t';
  if (c < 0xA0 || in_range(c, 0x4E00, 0x9FFF)) return false;
  return u_hasBinaryProperty(static_cast<UChar32>(c), UCHAR_DEFAULT_IGNORABLE_CODE_POINT);
}

int display_width(char32_t c) {
  if (c < 0x1100) return 1;
  if (in_range(c, 0x4E00, 0x9FFF)) return 2;
  const auto width = static_cast<UEastAsianWidth>(
      u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_EAST_ASIAN_WIDTH));
  return (width == U_EA_WIDE || width == U_EA_FULLWIDTH || width == U_EA_AMBIGUOUS) ? 2 : 1;
}

}  // namespace ogi

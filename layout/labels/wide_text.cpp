#include "layout/labels/wide_text.h"

#include "model/utf8.h"

namespace ogi {
namespace {

int digit_value(wchar_t c) {
  static const std::wstring_view kDigits = L"〇一二三四五六七八九";
  if (c >= L'0' && c <= L'9') return c - L'0';
  if (c == L'零' || c == L'O' || c == L'○') return 0;
  const size_t pos = kDigits.find(c);
  return pos == std::wstring_view::npos ? -1 : static_cast<int>(pos);
}

}  // namespace

std::wstring to_wide(std::string_view utf8) {
  const std::u32string code_points = utf8_to_u32(utf8);
  return std::wstring(code_points.begin(), code_points.end());
}

std::string from_wide(std::wstring_view wide) {
  return u32_to_utf8(std::u32string(wide.begin(), wide.end()));
}

int parse_chinese_number(std::wstring_view text) {
  if (text.empty()) return -1;
  const size_t ten = text.find(L'十');
  if (ten == std::wstring_view::npos) {
    int value = 0;
    for (wchar_t c : text) {
      const int digit = digit_value(c);
      if (digit < 0) return -1;
      value = value * 10 + digit;
    }
    return value;
  }
  const int tens = ten == 0 ? 1 : (ten == 1 ? digit_value(text[0]) : -1);
  const int ones =
      ten + 1 < text.size() ? (ten + 2 == text.size() ? digit_value(text[ten + 1]) : -1) : 0;
  if (tens < 0 || ones < 0) return -1;
  return tens * 10 + ones;
}

}  // namespace ogi

#pragma once

#include <string>
#include <string_view>

namespace ogi {

// std::wregex works on code points where wchar_t is 32 bits (Linux); these bridge UTF-8 to it so
// patterns can use CJK character classes.
std::wstring to_wide(std::string_view utf8);
std::string from_wide(std::wstring_view wide);

// "二〇二〇" → 2020 digit by digit; "十八" → 18, "二十六" → 26 (month and day numbers).
// -1 when the text is not such a numeral.
int parse_chinese_number(std::wstring_view text);

}  // namespace ogi

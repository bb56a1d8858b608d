#include "extractors/docx/number_format.h"

#include <array>

#include "model/utf8.h"

namespace ogi {
namespace {

constexpr std::array<std::u32string_view, 10> kChineseDigits = {U"零", U"一", U"二", U"三", U"四",
                                                                U"五", U"六", U"七", U"八", U"九"};
constexpr std::array<std::u32string_view, 10> kLegalDigits = {U"零", U"壹", U"贰", U"叁", U"肆",
                                                              U"伍", U"陆", U"柒", U"捌", U"玖"};
constexpr std::u32string_view kHeavenlyStems = U"甲乙丙丁戊己庚辛壬癸";
constexpr std::u32string_view kEarthlyBranches = U"子丑寅卯辰巳午未申酉戌亥";

// 1..9999 in counting form: 十一, 二十, 一百零五, 三千零二十. Word writes 10..19 as 十…
// rather than 一十….
std::u32string chinese_counting(int number, const std::array<std::u32string_view, 10>& digits,
                                std::u32string_view ten, std::u32string_view hundred,
                                std::u32string_view thousand) {
  const std::array<std::u32string_view, 4> units = {U"", ten, hundred, thousand};
  std::u32string out;
  bool pending_zero = false;
  for (int position = 3; position >= 0; --position) {
    int power = 1;
    for (int i = 0; i < position; ++i) power *= 10;
    const int digit = (number / power) % 10;
    if (digit == 0) {
      pending_zero = !out.empty();
      continue;
    }
    if (pending_zero) out += digits[0];
    pending_zero = false;
    const bool bare_ten = position == 1 && digit == 1 && out.empty();
    if (!bare_ten) out += digits[static_cast<size_t>(digit)];
    out += units[static_cast<size_t>(position)];
  }
  return out;
}

std::u32string letters(int number, char32_t first) {
  // A..Z, then AA..ZZ, AAA..: Word repeats the letter.
  const int repeat = (number - 1) / 26 + 1;
  return std::u32string(static_cast<size_t>(repeat),
                        first + static_cast<char32_t>((number - 1) % 26));
}

std::string roman(int number, bool upper) {
  static constexpr std::array<std::pair<int, std::string_view>, 13> kNumerals = {{{1000, "M"},
                                                                                  {900, "CM"},
                                                                                  {500, "D"},
                                                                                  {400, "CD"},
                                                                                  {100, "C"},
                                                                                  {90, "XC"},
                                                                                  {50, "L"},
                                                                                  {40, "XL"},
                                                                                  {10, "X"},
                                                                                  {9, "IX"},
                                                                                  {5, "V"},
                                                                                  {4, "IV"},
                                                                                  {1, "I"}}};
  std::string out;
  for (const auto& [value, numeral] : kNumerals) {
    for (; number >= value; number -= value) out += numeral;
  }
  if (!upper) {
    for (char& c : out) c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::u32string full_width(const std::string& ascii_digits) {
  std::u32string out;
  for (char c : ascii_digits) out += static_cast<char32_t>(U'０' + (c - '0'));
  return out;
}

std::u32string from_series(int number, std::u32string_view series) {
  return std::u32string(1, series[static_cast<size_t>(number - 1) % series.size()]);
}

// ①…⑳, ⑴…⒇ and ⒈…⒛ exist for 1..20 only.
std::string enclosed(int number, char32_t first_of_twenty) {
  if (number < 1 || number > 20) return std::to_string(number);
  return u32_to_utf8(std::u32string(1, first_of_twenty + static_cast<char32_t>(number - 1)));
}

}  // namespace

std::string format_list_number(int number, std::string_view num_fmt) {
  if (num_fmt == "bullet" || num_fmt == "none") return "";
  if (number < 1) return std::to_string(number);
  const bool counting = num_fmt == "chineseCounting" || num_fmt == "chineseCountingThousand" ||
                        num_fmt == "japaneseCounting" || num_fmt == "taiwaneseCounting" ||
                        num_fmt == "koreanCounting";
  if (counting && number < 10000) {
    return u32_to_utf8(chinese_counting(number, kChineseDigits, U"十", U"百", U"千"));
  }
  if (num_fmt == "chineseLegalSimplified" && number < 10000) {
    return u32_to_utf8(chinese_counting(number, kLegalDigits, U"拾", U"佰", U"仟"));
  }
  if (num_fmt == "ideographTraditional") return u32_to_utf8(from_series(number, kHeavenlyStems));
  if (num_fmt == "ideographZodiac") return u32_to_utf8(from_series(number, kEarthlyBranches));
  if (num_fmt == "decimalEnclosedCircle" || num_fmt == "decimalEnclosedCircleChinese") {
    return enclosed(number, U'①');
  }
  if (num_fmt == "decimalEnclosedParen") return enclosed(number, U'⑴');
  if (num_fmt == "decimalEnclosedFullstop") return enclosed(number, U'⒈');
  if (num_fmt == "decimalFullWidth" || num_fmt == "decimalFullWidth2") {
    return u32_to_utf8(full_width(std::to_string(number)));
  }
  if (num_fmt == "decimalZero") return (number < 10 ? "0" : "") + std::to_string(number);
  // Letters repeat and roman numerals grow with the number; past these bounds Word's own output is
  // of no use either.
  if (num_fmt == "upperLetter" && number <= 780) return u32_to_utf8(letters(number, U'A'));
  if (num_fmt == "lowerLetter" && number <= 780) return u32_to_utf8(letters(number, U'a'));
  if (num_fmt == "upperRoman" && number < 4000) return roman(number, true);
  if (num_fmt == "lowerRoman" && number < 4000) return roman(number, false);
  return std::to_string(number);
}

}  // namespace ogi

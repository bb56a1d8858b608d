#include "extractors/common/charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ustring.h>

#include <algorithm>
#include <climits>
#include <memory>

namespace ogi {
namespace {

struct ConverterCloser {
  void operator()(UConverter* converter) const { ucnv_close(converter); }
};
using ConverterPtr = std::unique_ptr<UConverter, ConverterCloser>;

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) {
    return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  });
  return out;
}

std::string_view trim(std::string_view text) {
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

// Length of the UTF-8 sequence starting with `lead`, 0 for a byte that cannot start one.
int sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;
}

// Second-byte ranges that exclude overlong forms, surrogates and code points past U+10FFFF.
bool valid_second_byte(unsigned char lead, unsigned char second) {
  if (lead == 0xE0) return second >= 0xA0 && second <= 0xBF;
  if (lead == 0xED) return second >= 0x80 && second <= 0x9F;
  if (lead == 0xF0) return second >= 0x90 && second <= 0xBF;
  if (lead == 0xF4) return second >= 0x80 && second <= 0x8F;
  return second >= 0x80 && second <= 0xBF;
}

// Converts with ICU; `strict` stops at the first invalid or unmappable sequence.
std::optional<std::string> convert(std::string_view bytes, const std::string& charset,
                                   bool strict) {
  if (bytes.size() > static_cast<std::size_t>(INT_MAX) / 2) return std::nullopt;
  UErrorCode status = U_ZERO_ERROR;
  ConverterPtr converter(ucnv_open(charset.c_str(), &status));
  if (U_FAILURE(status) || !converter) return std::nullopt;
  if (strict) {
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                        &status);
  }
  // No supported charset yields more UTF-16 units than input bytes, plus one for the terminator.
  std::u16string units(bytes.size() + 1, u'\0');
  const int32_t unit_count =
      ucnv_toUChars(converter.get(), units.data(), static_cast<int32_t>(units.size()), bytes.data(),
                    static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status)) return std::nullopt;
  std::string utf8(static_cast<std::size_t>(unit_count) * 3 + 1, '\0');
  int32_t utf8_length = 0;
  u_strToUTF8WithSub(utf8.data(), static_cast<int32_t>(utf8.size()), &utf8_length, units.data(),
                     unit_count, 0xFFFD, nullptr, &status);
  if (U_FAILURE(status)) return std::nullopt;
  utf8.resize(static_cast<std::size_t>(utf8_length));
  return utf8;
}

std::size_t count_replacements(std::string_view utf8) {
  std::size_t count = 0;
  for (std::size_t pos = utf8.find("\xEF\xBF\xBD"); pos != std::string_view::npos;
       pos = utf8.find("\xEF\xBF\xBD", pos + 3)) {
    ++count;
  }
  return count;
}

}  // namespace

std::string canonical_charset(std::string_view label) {
  const std::string name = lower_ascii(trim(label));
  if (name.empty()) return "";
  if (name == "utf-8" || name == "utf8") return "UTF-8";
  for (std::string_view gb : {"gb2312", "gbk", "gb18030", "x-gbk", "cp936", "windows-936",
                              "gb_2312-80", "csgb2312", "euc-cn", "x-euc-cn", "chinese"}) {
    if (name == gb) return "GB18030";
  }
  if (name == "big5" || name == "big5-hkscs" || name == "x-x-big5") return "Big5";
  if (name == "utf-16" || name == "utf-16le" || name == "utf-16be") return "";  // only with a BOM
  // Latin-1 declarations on Chinese pages are template leftovers, never the truth.
  if (name == "iso-8859-1" || name == "us-ascii" || name == "windows-1252") return "";
  return std::string(label);
}

ByteOrderMark detect_bom(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) return {"UTF-8", 3};
  if (bytes.starts_with("\xFF\xFE")) return {"UTF-16LE", 2};
  if (bytes.starts_with("\xFE\xFF")) return {"UTF-16BE", 2};
  return {};
}

bool is_valid_utf8(std::string_view bytes) {
  std::size_t i = 0;
  while (i < bytes.size()) {
    const auto lead = static_cast<unsigned char>(bytes[i]);
    const int length = sequence_length(lead);
    if (length == 0 || i + static_cast<std::size_t>(length) > bytes.size()) return false;
    if (length > 1 && !valid_second_byte(lead, static_cast<unsigned char>(bytes[i + 1]))) {
      return false;
    }
    for (int k = 2; k < length; ++k) {
      const auto next = static_cast<unsigned char>(bytes[i + static_cast<std::size_t>(k)]);
      if (next < 0x80 || next > 0xBF) return false;
    }
    i += static_cast<std::size_t>(length);
  }
  return true;
}

bool has_non_ascii(std::string_view bytes) {
  return std::any_of(bytes.begin(), bytes.end(),
                     [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

std::optional<std::string> decode_strict(std::string_view bytes, const std::string& charset) {
  if (charset == "UTF-8") {
    if (!is_valid_utf8(bytes)) return std::nullopt;
    return std::string(bytes);
  }
  return convert(bytes, charset, /*strict=*/true);
}

std::string decode_first_clean(std::string_view bytes, const std::vector<std::string>& candidates,
                               bool* lossy) {
  if (lossy) *lossy = false;
  for (const std::string& charset : candidates) {
    if (auto text = decode_strict(bytes, charset)) return std::move(*text);
  }
  if (lossy) *lossy = true;
  std::string best;
  std::size_t best_replacements = std::string::npos;
  for (const std::string& charset : candidates) {
    std::optional<std::string> text = convert(bytes, charset, /*strict=*/false);
    if (!text) continue;
    const std::size_t replacements = count_replacements(*text);
    if (replacements < best_replacements) {
      best_replacements = replacements;
      best = std::move(*text);
    }
  }
  return best;
}

}  // namespace ogi

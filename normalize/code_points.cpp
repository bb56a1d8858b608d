#include "normalize/code_points.h"

#include <unicode/utf8.h>

#include <algorithm>

namespace ogi {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

// ICU's macros index with int32_t; decoding inside a window of at most one sequence keeps them
// correct on strings longer than 2 GB.
constexpr size_t kWindow = U8_MAX_LENGTH;

}  // namespace

char32_t next_code_point(std::string_view text, size_t& offset) {
  const size_t window = std::min(kWindow, text.size() - offset);
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data() + offset);
  int32_t position = 0;
  UChar32 code_point = 0;
  U8_NEXT(bytes, position, static_cast<int32_t>(window), code_point);
  offset += static_cast<size_t>(position);
  return code_point < 0 ? kReplacement : static_cast<char32_t>(code_point);
}

char32_t previous_code_point(std::string_view text, size_t& offset) {
  const size_t window = std::min(kWindow, offset);
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data() + offset - window);
  auto position = static_cast<int32_t>(window);
  UChar32 code_point = 0;
  U8_PREV(bytes, 0, position, code_point);
  offset -= window - static_cast<size_t>(position);
  return code_point < 0 ? kReplacement : static_cast<char32_t>(code_point);
}

void append_code_point(std::string& out, char32_t code_point) {
  if (code_point > 0x10FFFF || (code_point >= 0xD800 && code_point <= 0xDFFF)) {
    code_point = kReplacement;
  }
  char buffer[U8_MAX_LENGTH];
  int32_t length = 0;
  U8_APPEND_UNSAFE(buffer, length, static_cast<UChar32>(code_point));
  out.append(buffer, static_cast<size_t>(length));
}

}  // namespace ogi

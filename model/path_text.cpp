#include "model/path_text.h"

#include <cstdio>

namespace ogi {
namespace {

// Length of the valid UTF-8 sequence at `at`, 0 when its first byte starts none (RFC 3629:
// shortest form only, no surrogates, nothing past U+10FFFF).
size_t valid_sequence(std::string_view text, size_t at) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[at + k]); };
  const unsigned char lead = byte(0);
  if (lead < 0x80) return 1;
  size_t length = 0;
  unsigned char low = 0x80, high = 0xBF;  // range of the second byte
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (at + length > text.size() || byte(1) < low || byte(1) > high) return 0;
  for (size_t k = 2; k < length; ++k) {
    if ((byte(k) & 0xC0) != 0x80) return 0;
  }
  return length;
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string path_text(std::string_view path) {
  std::string text;
  text.reserve(path.size());
  size_t at = 0;
  while (at < path.size()) {
    if (path[at] == '\\') {
      text += "\\\\";
      ++at;
      continue;
    }
    const size_t length = valid_sequence(path, at);
    if (length > 0) {
      text.append(path.substr(at, length));
      at += length;
      continue;
    }
    char escape[5];
    std::snprintf(escape, sizeof escape, "\\x%02x", static_cast<unsigned char>(path[at]));
    text += escape;
    ++at;
  }
  return text;
}

std::string path_from_text(std::string_view text) {
  std::string path;
  path.reserve(text.size());
  for (size_t at = 0; at < text.size(); ++at) {
    if (text[at] == '\\' && at + 1 < text.size() && text[at + 1] == '\\') {
      path += '\\';
      ++at;
    } else if (text[at] == '\\' && at + 3 < text.size() && text[at + 1] == 'x' &&
               hex_digit(text[at + 2]) >= 0 && hex_digit(text[at + 3]) >= 0) {
      path += static_cast<char>(hex_digit(text[at + 2]) * 16 + hex_digit(text[at + 3]));
      at += 3;
    } else {
      path += text[at];
    }
  }
  return path;
}

}  // namespace ogi

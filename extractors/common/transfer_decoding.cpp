#include "extractors/common/transfer_decoding.h"

#include <array>

namespace ogi {
namespace {

constexpr int kNotBase64 = -1;

constexpr std::array<int, 256> base64_values() {
  std::array<int, 256> values{};
  values.fill(kNotBase64);
  constexpr std::string_view kAlphabet =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  for (std::size_t i = 0; i < kAlphabet.size(); ++i) {
    values[static_cast<unsigned char>(kAlphabet[i])] = static_cast<int>(i);
  }
  return values;
}

std::string decode_base64(std::string_view body) {
  static constexpr std::array<int, 256> kValues = base64_values();
  std::string bytes;
  bytes.reserve(body.size() / 4 * 3 + 3);
  unsigned bits = 0;
  int bit_count = 0;
  for (const unsigned char c : body) {
    if (c == '=') break;
    const int value = kValues[c];
    if (value == kNotBase64) continue;
    bits = (bits << 6) | static_cast<unsigned>(value);
    bit_count += 6;
    if (bit_count >= 8) {
      bit_count -= 8;
      bytes.push_back(static_cast<char>((bits >> bit_count) & 0xFF));
    }
  }
  return bytes;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

std::string decode_quoted_printable(std::string_view body) {
  std::string bytes;
  bytes.reserve(body.size());
  for (std::size_t pos = 0; pos < body.size(); ++pos) {
    const char c = body[pos];
    if (c != '=') {
      bytes.push_back(c);
      continue;
    }
    const std::string_view rest = body.substr(pos + 1);
    if (rest.starts_with("\r\n")) {
      pos += 2;  // a soft line break
    } else if (rest.starts_with('\n')) {
      pos += 1;
    } else if (rest.size() >= 2 && hex_value(rest[0]) >= 0 && hex_value(rest[1]) >= 0) {
      bytes.push_back(static_cast<char>(hex_value(rest[0]) * 16 + hex_value(rest[1])));
      pos += 2;
    } else {
      bytes.push_back(c);
    }
  }
  return bytes;
}

bool is(std::string_view encoding, std::string_view name) {
  if (encoding.size() != name.size()) return false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const char c = encoding[i];
    if ((c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c) != name[i]) return false;
  }
  return true;
}

}  // namespace

std::string decode_transfer(std::string_view body, std::string_view encoding) {
  if (is(encoding, "base64")) return decode_base64(body);
  if (is(encoding, "quoted-printable")) return decode_quoted_printable(body);
  return std::string(body);
}

std::string decode_percent_escapes(std::string_view text) {
  std::string bytes;
  bytes.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    if (text[pos] == '%' && pos + 2 < text.size() && hex_value(text[pos + 1]) >= 0 &&
        hex_value(text[pos + 2]) >= 0) {
      bytes.push_back(static_cast<char>(hex_value(text[pos + 1]) * 16 + hex_value(text[pos + 2])));
      pos += 2;
    } else {
      bytes.push_back(text[pos]);
    }
  }
  return bytes;
}

std::size_t decoded_size_bound(std::size_t encoded_bytes, std::string_view encoding) {
  if (is(encoding, "base64")) return encoded_bytes / 4 * 3 + 3;
  return encoded_bytes;
}

}  // namespace ogi

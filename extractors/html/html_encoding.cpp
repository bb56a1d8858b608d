#include "extractors/html/html_encoding.h"

#include <algorithm>
#include <vector>

#include "extractors/common/charset.h"

namespace ogi {
namespace {

// Browsers prescan 1 KiB; CMS templates often put long scripts first, so look further.
constexpr std::size_t kPrescanBytes = 16 * 1024;

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) {
    return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  });
  return out;
}

bool is_charset_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' ||
         c == ':';
}

// The charset name after `charset` (or `encoding`) at `pos` in lower-cased text: skips spaces,
// '=' and an opening quote.
std::string value_after(const std::string& text, std::size_t pos) {
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '=' || text[pos] == '"' ||
                               text[pos] == '\'' || text[pos] == '\t')) {
    ++pos;
  }
  std::size_t end = pos;
  while (end < text.size() && is_charset_char(text[end])) ++end;
  return text.substr(pos, end - pos);
}

// charset= inside a <meta …> tag.
std::string meta_charset(const std::string& head) {
  for (std::size_t meta = head.find("<meta"); meta != std::string::npos;
       meta = head.find("<meta", meta + 5)) {
    const std::size_t close = head.find('>', meta);
    const std::string tag =
        head.substr(meta, close == std::string::npos ? std::string::npos : close - meta);
    const std::size_t charset = tag.find("charset");
    if (charset == std::string::npos) continue;
    std::string value = value_after(tag, charset + 7);
    if (!value.empty()) return value;
  }
  return "";
}

std::string xml_declaration_charset(const std::string& head) {
  if (!head.starts_with("<?xml")) return "";
  const std::size_t end = head.find("?>");
  const std::size_t encoding = head.find("encoding");
  if (encoding == std::string::npos || encoding > end) return "";
  return value_after(head, encoding + 8);
}

void add_candidate(std::vector<std::string>& candidates, const std::string& charset) {
  if (charset.empty()) return;
  if (std::find(candidates.begin(), candidates.end(), charset) == candidates.end()) {
    candidates.push_back(charset);
  }
}

}  // namespace

std::string declared_html_charset(std::string_view bytes) {
  const std::string head = lower_ascii(bytes.substr(0, kPrescanBytes));
  std::string charset = meta_charset(head);
  if (charset.empty()) charset = xml_declaration_charset(head);
  return charset;
}

std::string html_to_utf8(std::string_view bytes, bool* lossy, std::string_view transport_charset) {
  const ByteOrderMark bom = detect_bom(bytes);
  std::vector<std::string> candidates;
  if (!bom.charset.empty()) {
    bytes.remove_prefix(bom.length);
    add_candidate(candidates, bom.charset);
  } else {
    // Valid UTF-8 with non-ASCII text is practically never GBK by accident.
    if (has_non_ascii(bytes) && is_valid_utf8(bytes)) add_candidate(candidates, "UTF-8");
    add_candidate(candidates, canonical_charset(transport_charset));
    add_candidate(candidates, canonical_charset(declared_html_charset(bytes)));
  }
  add_candidate(candidates, "UTF-8");
  add_candidate(candidates, "GB18030");
  return decode_first_clean(bytes, candidates, lossy);
}

}  // namespace ogi

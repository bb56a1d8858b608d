#include "extractors/mht/mime_headers.h"

#include <algorithm>

namespace ogi {
namespace {

std::string ascii_lower(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) {
    return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  });
  return lower;
}

std::string_view trimmed(std::string_view text) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && space(text.front())) text.remove_prefix(1);
  while (!text.empty() && space(text.back())) text.remove_suffix(1);
  return text;
}

// The line at `pos` without its line end, and where the next line starts.
std::string_view line_at(std::string_view text, std::size_t pos, std::size_t* next) {
  const std::size_t end = text.find('\n', pos);
  *next = end == std::string_view::npos ? text.size() : end + 1;
  std::string_view line =
      text.substr(pos, (end == std::string_view::npos ? text.size() : end) - pos);
  if (line.ends_with('\r')) line.remove_suffix(1);
  return line;
}

}  // namespace

MimeHeaders MimeHeaders::parse(std::string_view text, std::size_t* body_start) {
  MimeHeaders headers;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t next = 0;
    const std::string_view line = line_at(text, pos, &next);
    pos = next;
    if (line.empty()) break;
    if ((line.front() == ' ' || line.front() == '\t') && !headers.fields_.empty()) {
      headers.fields_.back().second += " ";
      headers.fields_.back().second += trimmed(line);
      continue;
    }
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    headers.fields_.emplace_back(ascii_lower(trimmed(line.substr(0, colon))),
                                 std::string(trimmed(line.substr(colon + 1))));
  }
  if (body_start != nullptr) *body_start = pos;
  return headers;
}

std::optional<std::string> MimeHeaders::field(std::string_view name) const {
  const std::string wanted = ascii_lower(name);
  for (const auto& [field_name, value] : fields_) {
    if (field_name == wanted) return value;
  }
  return std::nullopt;
}

std::string MimeHeaders::media_value(std::string_view name) const {
  const std::optional<std::string> value = field(name);
  if (!value) return "";
  return ascii_lower(trimmed(std::string_view(*value).substr(0, value->find(';'))));
}

std::string MimeHeaders::parameter(std::string_view name, std::string_view parameter) const {
  const std::optional<std::string> value = field(name);
  if (!value) return "";
  const std::string wanted = ascii_lower(parameter);
  std::string_view rest(*value);
  for (std::size_t semicolon = rest.find(';'); semicolon != std::string_view::npos;
       semicolon = rest.find(';')) {
    rest.remove_prefix(semicolon + 1);
    const std::size_t equals = rest.find('=');
    if (equals == std::string_view::npos) break;
    if (ascii_lower(trimmed(rest.substr(0, equals))) != wanted) continue;
    std::string_view found = trimmed(rest.substr(equals + 1));
    if (found.starts_with('"')) {
      found.remove_prefix(1);
      return std::string(found.substr(0, found.find('"')));
    }
    return std::string(trimmed(found.substr(0, found.find(';'))));
  }
  return "";
}

bool looks_like_mime_archive(std::string_view head) {
  const MimeHeaders headers = MimeHeaders::parse(head);
  return headers.field("mime-version").has_value() &&
         headers.media_value("content-type").starts_with("multipart/");
}

}  // namespace ogi

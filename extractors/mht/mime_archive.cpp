#include "extractors/mht/mime_archive.h"

#include <cstdlib>

#include "extractors/common/transfer_decoding.h"
#include "extractors/extract_error.h"
#include "extractors/mht/mime_headers.h"
#include "extractors/read_limits.h"

namespace ogi {
namespace {

std::string without_angle_brackets(std::string text) {
  if (text.size() >= 2 && text.front() == '<' && text.back() == '>') {
    return text.substr(1, text.size() - 2);
  }
  return text;
}

// Where the delimiter line `--boundary` starts at or after `from`: at the start of the body or
// of a line.
std::size_t find_delimiter(std::string_view body, const std::string& delimiter, std::size_t from) {
  if (from == 0 && body.starts_with(delimiter)) return 0;
  const std::size_t found = body.find("\n" + delimiter, from == 0 ? 0 : from - 1);
  return found == std::string_view::npos ? found : found + 1;
}

std::string_view without_final_line_break(std::string_view part) {
  if (part.ends_with('\n')) part.remove_suffix(1);
  if (part.ends_with('\r')) part.remove_suffix(1);
  return part;
}

// The declared Content-Length, if any; an unreadable one counts as absent.
std::uintmax_t declared_length(const MimeHeaders& headers) {
  const std::optional<std::string> length = headers.field("content-length");
  if (!length) return 0;
  return std::strtoull(length->c_str(), nullptr, 10);
}

std::string refusal_of(const MimeHeaders& headers, std::size_t encoded_bytes,
                       const std::string& encoding) {
  const std::uintmax_t declared = declared_length(headers);
  const std::uintmax_t bound = decoded_size_bound(encoded_bytes, encoding);
  const std::uintmax_t size = declared > bound ? declared : bound;
  if (size <= ReadLimits::kMaxMimePartBytes) return "";
  return std::string(declared > bound ? "declares " : "would decode to up to ") +
         std::to_string(size) + " bytes, more than the " +
         std::to_string(ReadLimits::kMaxMimePartBytes) + " a part may have";
}

std::string part_name(const MimePart& part) {
  return part.media_type + " part" + (part.location.empty() ? "" : " " + part.location);
}

}  // namespace

MimeArchive::MimeArchive(std::string_view bytes) {
  std::size_t body_start = 0;
  const MimeHeaders headers = MimeHeaders::parse(bytes, &body_start);
  start_id_ = without_angle_brackets(headers.parameter("content-type", "start"));
  const std::string boundary = headers.parameter("content-type", "boundary");
  if (!headers.media_value("content-type").starts_with("multipart/") || boundary.empty()) {
    throw ExtractError("mht_malformed", "the web archive has no multipart body with a boundary");
  }
  add_multipart(bytes.substr(body_start), boundary, 1);
}

void MimeArchive::add_multipart(std::string_view body, const std::string& boundary, int depth) {
  const std::string delimiter = "--" + boundary;
  for (std::size_t pos = find_delimiter(body, delimiter, 0);
       pos != std::string_view::npos && !full_;) {
    if (body.substr(pos + delimiter.size()).starts_with("--")) return;  // the closing delimiter
    const std::size_t line_end = body.find('\n', pos);
    if (line_end == std::string_view::npos) return;
    const std::size_t next = find_delimiter(body, delimiter, line_end + 1);
    const std::size_t end = next == std::string_view::npos ? body.size() : next;
    add_part(without_final_line_break(body.substr(line_end + 1, end - line_end - 1)), depth);
    pos = next;
  }
}

void MimeArchive::add_part(std::string_view text, int depth) {
  std::size_t body_start = 0;
  const MimeHeaders headers = MimeHeaders::parse(text, &body_start);
  const std::string_view body = text.substr(body_start);
  const std::string media_type = headers.media_value("content-type");
  const std::string boundary = headers.parameter("content-type", "boundary");
  if (media_type.starts_with("multipart/") && !boundary.empty() &&
      depth < ReadLimits::kMaxMimeNesting) {
    return add_multipart(body, boundary, depth + 1);
  }
  if (parts_.size() >= static_cast<std::size_t>(ReadLimits::kMaxMimeParts)) {
    full_ = true;
    issues_.push_back({"mime_part_limit", "the web archive has more than " +
                                              std::to_string(ReadLimits::kMaxMimeParts) +
                                              " parts; the parts after them were not read"});
    return;
  }
  MimePart part;
  part.media_type = media_type.empty() ? "text/plain" : media_type;
  part.charset = headers.parameter("content-type", "charset");
  part.location = headers.field("content-location").value_or("");
  part.content_id = without_angle_brackets(headers.field("content-id").value_or(""));
  part.transfer_encoding = headers.field("content-transfer-encoding").value_or("");
  part.encoded_body = body;
  part.refusal = refusal_of(headers, body.size(), part.transfer_encoding);
  if (!part.refusal.empty()) {
    issues_.push_back({"mime_part_too_large",
                       "the " + part_name(part) + " " + part.refusal + "; it was not read"});
  }
  parts_.push_back(std::move(part));
}

const MimePart* MimeArchive::page() const {
  if (!start_id_.empty()) {
    for (const MimePart& part : parts_) {
      if (part.content_id == start_id_) return &part;
    }
  }
  for (const MimePart& part : parts_) {
    if (part.media_type == "text/html") return &part;
  }
  return nullptr;
}

std::string MimeArchive::decoded(const MimePart& part) const {
  if (!part.refusal.empty()) {
    throw ExtractError("mime_part_too_large",
                       "the " + part_name(part) + " " + part.refusal + "; it was not read");
  }
  return decode_transfer(part.encoded_body, part.transfer_encoding);
}

}  // namespace ogi

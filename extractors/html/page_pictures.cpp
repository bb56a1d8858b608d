#include "extractors/html/page_pictures.h"

#include <filesystem>

#include "extractors/common/transfer_decoding.h"
#include "extractors/extract_error.h"
#include "extractors/file_probe.h"
#include "extractors/read_limits.h"

namespace ogi {
namespace {

namespace fs = std::filesystem;

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
  }
  return true;
}

// A scheme before the first slash: "http:", "file:", "C:" (a Windows path is not beside the page
// either).
bool has_scheme(std::string_view src) {
  const size_t colon = src.find(':');
  return colon != std::string_view::npos && colon < src.find('/');
}

[[noreturn]] void refuse(const std::string& why) { throw ExtractError("picture_refused", why); }

bool inside(const fs::path& folder, const fs::path& file) {
  const auto [end, rest] = std::mismatch(folder.begin(), folder.end(), file.begin(), file.end());
  return end == folder.end() && rest != file.end();
}

}  // namespace

bool is_data_uri(std::string_view src) { return starts_with_ignoring_case(src, "data:"); }

std::string data_uri_bytes(std::string_view src) {
  const size_t comma = src.find(',');
  if (comma == std::string_view::npos) refuse("a data: URI without data");
  const std::string_view header = src.substr(0, comma);
  const std::string_view data = src.substr(comma + 1);
  const bool base64 =
      header.size() >= 7 && starts_with_ignoring_case(header.substr(header.size() - 7), ";base64");
  const std::string encoding = base64 ? "base64" : "8bit";
  if (decoded_size_bound(data.size(), encoding) > ReadLimits::kMaxPictureBytes) {
    throw ExtractError("too_large", "the picture passes " +
                                        std::to_string(ReadLimits::kMaxPictureBytes) + " bytes");
  }
  return base64 ? decode_transfer(data, encoding) : decode_percent_escapes(data);
}

std::string picture_name(std::string_view src) {
  if (is_data_uri(src)) return std::string(src.substr(0, std::min(src.find(','), size_t{40})));
  return std::string(src.substr(0, 200));
}

std::string src_path(std::string_view src) {
  std::string path = decode_percent_escapes(src.substr(0, src.find_first_of("?#")));
  for (char& c : path) {
    if (c == '\\') c = '/';
  }
  return path;
}

std::string picture_beside_page(const std::string& page_path, const std::string& src) {
  const std::string relative = src_path(src);
  if (relative.empty()) refuse("the picture has no address");
  if (has_scheme(relative)) refuse("a URL, never fetched");
  if (relative.front() == '/') refuse("an absolute path, not a file beside the page");
  std::error_code error;
  const fs::path folder = fs::canonical(fs::absolute(page_path).parent_path(), error);
  if (error) refuse("the page's folder cannot be resolved");
  const fs::path file = fs::canonical(folder / relative, error);
  if (error) refuse("no such file beside the page");
  if (!inside(folder, file)) refuse("outside the page's folder");
  if (readable_file_size(file.string()) > ReadLimits::kMaxPictureBytes) {
    throw ExtractError("too_large", "the picture passes " +
                                        std::to_string(ReadLimits::kMaxPictureBytes) + " bytes");
  }
  return read_file_head(file.string(), ReadLimits::kMaxPictureBytes);
}

}  // namespace ogi

#include "extractors/file_probe.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <system_error>

#include "extractors/extract_error.h"

namespace ogi {
namespace {

struct FileCloser {
  void operator()(std::FILE* file) const { std::fclose(file); }
};
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;

[[noreturn]] void throw_unreadable(const std::string& reason) {
  throw ExtractError("unreadable", "cannot read the file: " + reason);
}

FilePtr open_for_reading(const std::string& path) {
  FilePtr file(std::fopen(path.c_str(), "rb"));
  if (!file) throw_unreadable(std::strerror(errno));
  return file;
}

}  // namespace

std::uintmax_t readable_file_size(const std::string& path) {
  std::error_code error;
  const auto status = std::filesystem::status(path, error);
  if (error) throw_unreadable(error.message());
  if (!std::filesystem::is_regular_file(status)) throw_unreadable("not a regular file");
  // Opening proves read permission, which the status alone does not.
  open_for_reading(path);
  const auto size = std::filesystem::file_size(path, error);
  if (error) throw_unreadable(error.message());
  return size;
}

std::string read_file_head(const std::string& path, std::size_t max_bytes) {
  readable_file_size(path);
  FilePtr file = open_for_reading(path);
  std::string head(max_bytes, '\0');
  const std::size_t got = std::fread(head.data(), 1, max_bytes, file.get());
  if (got < max_bytes && std::ferror(file.get())) throw_unreadable(std::strerror(errno));
  head.resize(got);
  return head;
}

std::string lower_extension(const std::string& path) {
  std::string extension = std::filesystem::path(path).extension().string();
  for (char& c : extension) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return extension;
}

}  // namespace ogi

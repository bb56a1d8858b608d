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
  const std::uintmax_t size = readable_file_size(path);
  const std::size_t wanted = size < max_bytes ? static_cast<std::size_t>(size) : max_bytes;
  FilePtr file = open_for_reading(path);
  std::string head(wanted, '\0');
  const std::size_t got = std::fread(head.data(), 1, wanted, file.get());
  if (got < wanted && std::ferror(file.get())) throw_unreadable(std::strerror(errno));
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

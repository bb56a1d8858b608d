#include "extractors/file_probe.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "extractors/extract_error.h"
#include "extractors/input_file.h"

namespace ogi {

std::uintmax_t readable_file_size(const std::string& path) { return InputFile(path).size(); }

std::string read_file_head(const std::string& path, std::size_t max_bytes) {
  const InputFile file(path);
  const std::size_t wanted =
      file.size() < max_bytes ? static_cast<std::size_t>(file.size()) : max_bytes;
  std::string head(wanted, '\0');
  std::size_t got = 0;
  while (got < wanted) {
    const ssize_t count = read(file.fd(), head.data() + got, wanted - got);
    if (count < 0 && errno == EINTR) continue;
    if (count < 0) {
      throw ExtractError("unreadable",
                         std::string("cannot read the file: ") + std::strerror(errno));
    }
    if (count == 0) break;  // the file shrank since fstat
    got += static_cast<std::size_t>(count);
  }
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

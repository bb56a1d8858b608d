#include "extractors/input_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "extractors/extract_error.h"

namespace ogi {
namespace {

[[noreturn]] void throw_unreadable(const std::string& reason) {
  throw ExtractError("unreadable", "cannot read the file: " + reason);
}

// What the path is when it is no regular file, in the words a user knows it by.
const char* kind_of(mode_t mode) {
  if (S_ISDIR(mode)) return "a directory";
  if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISSOCK(mode)) return "a socket";
  return "a special file";
}

// Checks what stat() says of the path (or of the open descriptor).
std::uintmax_t checked_size(const struct stat& status) {
  if (!S_ISREG(status.st_mode)) {
    throw ExtractError("not_a_file", std::string(kind_of(status.st_mode)) +
                                         ", not a regular file: nothing was read from it");
  }
  const auto size = static_cast<std::uintmax_t>(status.st_size);
  if (size > kMaxInputBytes) {
    throw ExtractError("too_large", "the file holds " + std::to_string(size) +
                                        " bytes; inputs over " + std::to_string(kMaxInputBytes) +
                                        " bytes (1 GiB) are not read");
  }
  return size;
}

// The errno of stat() on a path, said for a dangling link too (stat says only ENOENT).
[[noreturn]] void throw_stat_error(const std::string& path, int error) {
  struct stat link_status {};
  if (error == ENOENT && lstat(path.c_str(), &link_status) == 0 && S_ISLNK(link_status.st_mode)) {
    throw_unreadable("a symbolic link to nothing (dangling link)");
  }
  throw_unreadable(std::strerror(error));
}

}  // namespace

InputFile::InputFile(const std::string& path) {
  struct stat status {};
  if (stat(path.c_str(), &status) != 0) throw_stat_error(path, errno);
  checked_size(status);
  fd_ = open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
  if (fd_ < 0) throw_unreadable(std::strerror(errno));
  try {
    if (fstat(fd_, &status) != 0) throw_unreadable(std::strerror(errno));
    size_ = checked_size(status);
  } catch (...) {
    close(fd_);
    throw;
  }
}

InputFile::~InputFile() {
  if (fd_ >= 0) close(fd_);
}

InputFile::InputFile(InputFile&& other) noexcept : fd_(other.fd_), size_(other.size_) {
  other.fd_ = -1;
}

}  // namespace ogi

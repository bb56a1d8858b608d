#pragma once

#include <cstdint>
#include <string>

namespace ogi {

// Inputs larger than this are refused from their size alone (code `too_large`), before any byte
// is read or hashed: a report, scanned page by page, stays far below it, and a sparse 10 GB file
// would otherwise cost a full SHA-256 pass first.
inline constexpr std::uintmax_t kMaxInputBytes = std::uintmax_t{1} << 30;

// An input opened for reading, or refused without a byte read. Only a regular file is ever
// opened: the path is looked at with stat() first, so that a FIFO (whose open or read waits for a
// writer forever), a device (/dev/zero never ends), a directory, a dangling link or a loop of
// links is named, not read. The open itself is O_NONBLOCK, and fstat() on the descriptor checks
// that it is still a regular file of at most kMaxInputBytes (the path may have been swapped in
// between). Throws ExtractError with code `not_a_file` (FIFO, device, socket, directory),
// `too_large`, or `unreadable` (missing, dangling link, link loop, permissions), the reason in
// words. The descriptor is closed when the object goes.
class InputFile {
 public:
  explicit InputFile(const std::string& path);
  ~InputFile();
  InputFile(InputFile&& other) noexcept;
  InputFile& operator=(InputFile&&) = delete;
  InputFile(const InputFile&) = delete;
  InputFile& operator=(const InputFile&) = delete;

  int fd() const { return fd_; }
  std::uintmax_t size() const { return size_; }

 private:
  int fd_ = -1;
  std::uintmax_t size_ = 0;
};

}  // namespace ogi

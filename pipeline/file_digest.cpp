#include "pipeline/file_digest.h"

#include <sha2.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>

#include "extractors/extract_error.h"

namespace ogi {

std::string file_sha256(const InputFile& file) {
  SHA2_CTX context;
  SHA256Init(&context);
  std::array<std::uint8_t, 1 << 16> buffer;
  // pread from 0: the hash never depends on where an earlier reader left the offset. The size
  // fstat gave bounds the work even if the file grows while it is read.
  off_t offset = 0;
  const auto limit = static_cast<off_t>(file.size());
  while (offset < limit) {
    const size_t wanted = std::min<size_t>(buffer.size(), static_cast<size_t>(limit - offset));
    const ssize_t count = pread(file.fd(), buffer.data(), wanted, offset);
    if (count < 0 && errno == EINTR) continue;
    if (count < 0) return "";
    if (count == 0) break;  // the file shrank
    SHA256Update(&context, buffer.data(), static_cast<size_t>(count));
    offset += count;
  }
  std::array<char, SHA256_DIGEST_STRING_LENGTH> hex;
  SHA256End(&context, hex.data());  // lower-case hex, as sha256sum prints it
  return hex.data();
}

std::string file_sha256(const std::string& path) {
  try {
    return file_sha256(InputFile(path));
  } catch (const ExtractError&) {
    return "";
  }
}

}  // namespace ogi

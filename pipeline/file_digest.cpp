#include "pipeline/file_digest.h"

#include <openssl/sha.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>

#include "extractors/extract_error.h"

namespace ogi {

std::string file_sha256(const InputFile& file) {
  SHA256_CTX context;
  SHA256_Init(&context);
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
    SHA256_Update(&context, buffer.data(), static_cast<size_t>(count));
    offset += count;
  }
  std::array<unsigned char, SHA256_DIGEST_LENGTH> digest;
  SHA256_Final(digest.data(), &context);
  constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  for (unsigned char byte : digest) {
    hex += kHex[byte >> 4];
    hex += kHex[byte & 15];
  }
  return hex;
}

std::string file_sha256(const std::string& path) {
  try {
    return file_sha256(InputFile(path));
  } catch (const ExtractError&) {
    return "";
  }
}

}  // namespace ogi

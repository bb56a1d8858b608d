#include "pipeline/file_digest.h"

#include <openssl/evp.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdio>
#include <memory>

#include "extractors/extract_error.h"

namespace ogi {

std::string file_sha256(const InputFile& file) {
  std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                  &EVP_MD_CTX_free);
  if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1) return "";
  std::array<char, 1 << 16> buffer;
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
    EVP_DigestUpdate(context.get(), buffer.data(), static_cast<size_t>(count));
    offset += count;
  }
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest;
  unsigned int length = 0;
  EVP_DigestFinal_ex(context.get(), digest.data(), &length);
  std::string hex;
  for (unsigned int i = 0; i < length; ++i) {
    char pair[3];
    std::snprintf(pair, sizeof pair, "%02x", digest[i]);
    hex += pair;
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

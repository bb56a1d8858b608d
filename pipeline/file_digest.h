#pragma once

#include <string>

namespace ogi {

// Lowercase hex SHA-256 of a file's bytes (OpenSSL EVP), "" when the file cannot be read.
std::string file_sha256(const std::string& path);

}  // namespace ogi

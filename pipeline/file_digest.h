#pragma once

#include <string>

#include "extractors/input_file.h"

namespace ogi {

// Lowercase hex SHA-256 of an opened input's bytes (OpenSSL), "" when a read fails. Bounded
// by the input's checks: a regular file of at most kMaxInputBytes.
std::string file_sha256(const InputFile& file);

// The same for a path, opened as an InputFile; "" when it is refused or cannot be read.
std::string file_sha256(const std::string& path);

}  // namespace ogi

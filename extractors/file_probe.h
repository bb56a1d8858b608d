#pragma once

#include <cstdint>
#include <string>

namespace ogi {

// Size of a regular file, checked as InputFile does (extractors/input_file.h): throws
// ExtractError `unreadable`, `not_a_file` or `too_large` with the reason.
std::uintmax_t readable_file_size(const std::string& path);

// Up to `max_bytes` from the start of the file. Throws ExtractError as readable_file_size.
std::string read_file_head(const std::string& path, std::size_t max_bytes);

// Lower-case extension with the dot (".docx"), empty when the name has none.
std::string lower_extension(const std::string& path);

}  // namespace ogi

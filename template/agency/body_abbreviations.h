#pragma once

#include <span>

namespace ogi {

// A short name of a government body as reports print it, and the full name it stands for.
struct BodyAbbreviation {
  const char* short_name;
  const char* full_name;
};

// Read from the end of a body's name: the longest short name the name ends with is replaced.
std::span<const BodyAbbreviation> body_abbreviations();

}  // namespace ogi

#pragma once

#include <cstdlib>
#include <filesystem>
#include <string>

namespace ogi::testing {

inline std::filesystem::path source_dir() { return OGI_SOURCE_DIR; }
inline std::filesystem::path fixture_path(const std::string& name) {
  return source_dir() / "fixtures" / name;
}

// ../shared is optional: tests that read it skip when it is absent.
inline std::filesystem::path shared_dir() {
  if (const char* env = std::getenv("OGI_SHARED_DIR")) return env;
  return OGI_SHARED_DIR;
}
inline bool has_shared_dir() { return std::filesystem::exists(shared_dir() / "dev" / "docs"); }

inline std::string ogi_binary() { return OGI_BINARY; }

}  // namespace ogi::testing

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

// Wall-clock bounds of the tests that guard against slow paths (hangs, quadratic steps) are set
// for optimized builds. AddressSanitizer builds (CI runs the suite in one) spend several times as
// long, most of it in the sanitizer's allocator and page faults, so they get this factor.
#if defined(__SANITIZE_ADDRESS__)
inline constexpr double kSanitizerSlowdown = 3.0;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr double kSanitizerSlowdown = 3.0;
#else
inline constexpr double kSanitizerSlowdown = 1.0;
#endif
#else
inline constexpr double kSanitizerSlowdown = 1.0;
#endif

// `seconds`, or the longer time a sanitizer build needs for the same work.
inline constexpr double time_bound(double seconds) { return seconds * kSanitizerSlowdown; }

}  // namespace ogi::testing

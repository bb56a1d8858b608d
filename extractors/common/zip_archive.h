#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

struct zip;

namespace ogi {

// Limits that make zip bombs fail fast instead of exhausting memory.
inline constexpr std::size_t kMaxZipEntryBytes = 64u
                                                 << 20;  // uncompressed, counted while inflating
inline constexpr std::int64_t kMaxZipEntries = 10000;

// A read-only zip archive (libzip). Every failure is an ExtractError: "not_a_zip" when the file
// is not a readable archive, "zip_limit" when a limit above is exceeded, "missing_part" for an
// absent entry, "encrypted" for a password-protected entry and "zip_corrupt" for damaged data.
class ZipArchive {
 public:
  explicit ZipArchive(const std::string& path);

  // Entry names are matched exactly, then ignoring ASCII case (OPC part names are
  // case-insensitive).
  bool has_entry(const std::string& name) const;
  std::string read_entry(const std::string& name, std::size_t max_bytes = kMaxZipEntryBytes) const;

 private:
  struct Closer {
    void operator()(struct zip* archive) const;
  };
  std::int64_t locate(const std::string& name) const;

  std::unique_ptr<struct zip, Closer> archive_;
};

}  // namespace ogi

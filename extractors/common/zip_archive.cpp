#include "extractors/common/zip_archive.h"

#include <zip.h>

#include <array>

#include "extractors/extract_error.h"

namespace ogi {
namespace {

struct ZipFileCloser {
  void operator()(zip_file_t* file) const { zip_fclose(file); }
};
using ZipFilePtr = std::unique_ptr<zip_file_t, ZipFileCloser>;

// libzip's own wording for an error code; never contains file content.
std::string zip_error_text(int code) {
  zip_error_t error;
  zip_error_init_with_code(&error, code);
  std::string text = zip_error_strerror(&error);
  zip_error_fini(&error);
  return text;
}

[[noreturn]] void throw_open_error(int code) {
  switch (code) {
    case ZIP_ER_NOENT:
    case ZIP_ER_OPEN:
    case ZIP_ER_READ:
    case ZIP_ER_SEEK:
      throw ExtractError("unreadable", "cannot read the file: " + zip_error_text(code));
    case ZIP_ER_MEMORY:
      throw ExtractError("zip_limit", "zip directory too large: " + zip_error_text(code));
    default:
      throw ExtractError("not_a_zip", "not a zip archive: " + zip_error_text(code));
  }
}

[[noreturn]] void throw_entry_error(const std::string& name, int code) {
  const std::string reason = name + ": " + zip_error_text(code);
  switch (code) {
    case ZIP_ER_NOPASSWD:
    case ZIP_ER_WRONGPASSWD:
    case ZIP_ER_ENCRNOTSUPP:
      throw ExtractError("encrypted", "zip entry is encrypted: " + reason);
    case ZIP_ER_COMPNOTSUPP:
      throw ExtractError("zip_corrupt", "unsupported compression in zip entry " + reason);
    default:
      throw ExtractError("zip_corrupt", "damaged zip entry " + reason);
  }
}

}  // namespace

void ZipArchive::Closer::operator()(struct zip* archive) const { zip_discard(archive); }

ZipArchive::ZipArchive(const std::string& path) {
  int code = 0;
  archive_.reset(zip_open(path.c_str(), ZIP_RDONLY, &code));
  if (!archive_) throw_open_error(code);
  const zip_int64_t entries = zip_get_num_entries(archive_.get(), 0);
  if (entries > kMaxZipEntries) {
    throw ExtractError("zip_limit", "zip archive has " + std::to_string(entries) +
                                        " entries, more than the limit of " +
                                        std::to_string(kMaxZipEntries));
  }
}

std::int64_t ZipArchive::locate(const std::string& name) const {
  zip_int64_t index = zip_name_locate(archive_.get(), name.c_str(), 0);
  if (index < 0) index = zip_name_locate(archive_.get(), name.c_str(), ZIP_FL_NOCASE);
  return index;
}

bool ZipArchive::has_entry(const std::string& name) const { return locate(name) >= 0; }

std::string ZipArchive::read_entry(const std::string& name, std::size_t max_bytes) const {
  const zip_int64_t index = locate(name);
  if (index < 0) throw ExtractError("missing_part", "zip archive has no entry " + name);
  ZipFilePtr file(zip_fopen_index(archive_.get(), static_cast<zip_uint64_t>(index), 0));
  if (!file) throw_entry_error(name, zip_error_code_zip(zip_get_error(archive_.get())));

  // The size in the header is attacker-controlled, so count what actually inflates.
  std::string content;
  std::array<char, 64 * 1024> buffer;
  while (true) {
    const zip_int64_t got = zip_fread(file.get(), buffer.data(), buffer.size());
    if (got < 0) throw_entry_error(name, zip_error_code_zip(zip_file_get_error(file.get())));
    if (got == 0) break;
    if (content.size() + static_cast<std::size_t>(got) > max_bytes) {
      throw ExtractError("zip_limit", "zip entry " + name + " inflates to more than " +
                                          std::to_string(max_bytes) + " bytes");
    }
    content.append(buffer.data(), static_cast<std::size_t>(got));
  }
  return content;
}

}  // namespace ogi

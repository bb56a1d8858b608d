#include "extractors/common/scratch_folder.h"

#include <stdlib.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <vector>

#include "extractors/extract_error.h"

namespace ogi {
namespace {

// $TMPDIR only when it is a folder; a stale value would otherwise fail every conversion.
std::string temporary_root() {
  const char* tmpdir = std::getenv("TMPDIR");
  std::error_code error;
  if (tmpdir != nullptr && *tmpdir != '\0' && std::filesystem::is_directory(tmpdir, error)) {
    return tmpdir;
  }
  return "/tmp";
}

}  // namespace

ScratchFolder::ScratchFolder(const std::string& name_prefix) {
  std::string pattern = temporary_root() + "/" + name_prefix + "XXXXXX";
  std::vector<char> buffer(pattern.begin(), pattern.end());
  buffer.push_back('\0');
  if (mkdtemp(buffer.data()) == nullptr) {
    throw ExtractError("scratch_folder", "cannot make a scratch folder in " + temporary_root() +
                                             ": " + std::strerror(errno));
  }
  path_ = buffer.data();
}

ScratchFolder::~ScratchFolder() {
  if (path_.empty()) return;
  std::error_code ignored;  // a folder that cannot be removed is left, never a crash
  std::filesystem::remove_all(path_, ignored);
}

ScratchFolder::ScratchFolder(ScratchFolder&& other) noexcept : path_(std::move(other.path_)) {
  other.path_.clear();
}

}  // namespace ogi

#pragma once

#include <string>

namespace ogi {

// A folder of its own under $TMPDIR (or /tmp) for one file's work, removed with everything in it
// when this goes out of scope, so that nothing a converter wrote outlives the file's read. Throws
// ExtractError("scratch_folder") when no folder can be made.
class ScratchFolder {
 public:
  explicit ScratchFolder(const std::string& name_prefix);
  ~ScratchFolder();
  ScratchFolder(ScratchFolder&& other) noexcept;
  ScratchFolder& operator=(ScratchFolder&&) = delete;
  ScratchFolder(const ScratchFolder&) = delete;
  ScratchFolder& operator=(const ScratchFolder&) = delete;

  const std::string& path() const { return path_; }

 private:
  std::string path_;  // empty once moved from
};

}  // namespace ogi

#pragma once
// `ogi` hard-linked (or copied) into a folder of its own beside the real one, with only the named
// modules of the build linked beside it, as on a machine where only part of ogi was installed.

#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "tests/support/test_paths.h"

namespace ogi::testing {

class OgiCopy {
 public:
  explicit OgiCopy(const std::vector<std::string>& modules) {
    const std::filesystem::path real = ogi_binary();
    folder_ = real.parent_path() / ("ogi_copy_" + std::to_string(getpid()));
    std::filesystem::remove_all(folder_);
    std::filesystem::create_directories(folder_);
    std::error_code error;
    std::filesystem::create_hard_link(real, binary(), error);
    if (error) std::filesystem::copy_file(real, binary());
    for (const std::string& module : modules) {
      std::filesystem::create_symlink(real.parent_path() / module, folder_ / module);
    }
  }
  ~OgiCopy() { std::filesystem::remove_all(folder_); }
  OgiCopy(const OgiCopy&) = delete;
  OgiCopy& operator=(const OgiCopy&) = delete;

  std::string binary() const { return (folder_ / "ogi").string(); }

 private:
  std::filesystem::path folder_;
};

}  // namespace ogi::testing

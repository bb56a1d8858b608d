#include "extractors/office/program_on_path.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <string_view>

namespace ogi {
namespace {

bool is_executable_file(const std::string& path) {
  struct stat info {};
  return stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode) && access(path.c_str(), X_OK) == 0;
}

std::vector<std::string> path_folders() {
  std::vector<std::string> folders;
  const char* path = std::getenv("PATH");
  std::string_view rest = path != nullptr ? path : "/usr/local/bin:/usr/bin:/bin";
  while (!rest.empty()) {
    const std::size_t colon = rest.find(':');
    const std::string_view folder = rest.substr(0, colon);
    if (folder.starts_with('/')) folders.emplace_back(folder);
    if (colon == std::string_view::npos) break;
    rest.remove_prefix(colon + 1);
  }
  return folders;
}

}  // namespace

std::optional<std::string> program_on_path(const std::vector<std::string>& names) {
  const std::vector<std::string> folders = path_folders();
  for (const std::string& name : names) {
    for (const std::string& folder : folders) {
      const std::string candidate = folder + "/" + name;
      if (is_executable_file(candidate)) return candidate;
    }
  }
  return std::nullopt;
}

}  // namespace ogi

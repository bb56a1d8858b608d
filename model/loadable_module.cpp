#include "model/loadable_module.h"

#include <dlfcn.h>

#include <filesystem>

namespace ogi {
namespace {

std::string last_dl_error() {
  const char* error = dlerror();
  return error ? error : "unknown error";
}

// The table's head when it comes from this build; otherwise null and why.
const ModuleTableHead* checked_calls(void* handle, const std::string& path, const char* entry,
                                     std::string_view version, std::size_t table_size,
                                     std::string& failure) {
  using Entry = const ModuleTableHead* (*)();
  const auto entry_function = reinterpret_cast<Entry>(dlsym(handle, entry));
  const ModuleTableHead* head = entry_function ? entry_function() : nullptr;
  if (!head) {
    failure = path + " is not a module of ogi (no " + entry + ")";
    return nullptr;
  }
  if (version != head->version || head->size != table_size) {
    failure = path + " is from ogi " + head->version + ", not " + std::string(version);
    return nullptr;
  }
  return head;
}

}  // namespace

void ModuleClose::operator()(void* handle) const { dlclose(handle); }

std::vector<std::string> module_paths(std::string_view file_name, std::string_view installed_dir) {
  std::error_code error;
  const std::filesystem::path executable = std::filesystem::read_symlink("/proc/self/exe", error);
  if (error) return {};
  const std::filesystem::path folder = executable.parent_path();
  std::vector<std::string> paths = {(folder / file_name).string()};
  const std::string installed = (folder / installed_dir / file_name).lexically_normal().string();
  if (installed != paths.front()) paths.push_back(installed);
  return paths;
}

OpenedModule open_module(std::string_view file_name, std::string_view installed_dir,
                         const char* entry, std::string_view version, std::size_t table_size,
                         std::string_view what) {
  OpenedModule module;
  std::string not_found;
  for (const std::string& path : module_paths(file_name, installed_dir)) {
    std::error_code error;
    if (!std::filesystem::exists(path, error)) {
      not_found += (not_found.empty() ? "" : " or ") + path;
      continue;
    }
    module.handle.reset(dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE));
    if (!module.handle) {
      module.failure = std::string(what) + " cannot be loaded: " + last_dl_error();
    } else {
      module.calls =
          checked_calls(module.handle.get(), path, entry, version, table_size, module.failure);
    }
    return module;
  }
  module.failure = std::string(what) + " " + std::string(file_name) +
                   " is not installed (not found at " + not_found + ")";
  return module;
}

}  // namespace ogi

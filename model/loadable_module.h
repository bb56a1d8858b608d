#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace ogi {

// What every table of calls a module of ogi's exports starts with: the version of the sources it
// was built from, and the size of the table as it saw it, so that a module from another build is
// refused rather than called with another layout.
struct ModuleTableHead {
  const char* version;
  std::size_t size;
};

// Where a module `file_name` is looked for, in order: beside the running executable (a build
// folder; test and fuzz binaries get a link to it beside them), then at `installed_dir` relative
// to the executable's folder (an installed `ogi`: bin/ogi, lib/.../ogi/<module>).
std::vector<std::string> module_paths(std::string_view file_name, std::string_view installed_dir);

struct ModuleClose {
  void operator()(void* handle) const;
};
using ModuleHandle = std::unique_ptr<void, ModuleClose>;

// A module of ogi's opened and its table of calls checked, or why it could not be. Callers keep
// it in a static: the module lives as long as the process.
struct OpenedModule {
  ModuleHandle handle;
  const void* calls = nullptr;  // the table; null when `failure` says why
  std::string failure;
};

// Opens the first of `module_paths` that exists (RTLD_NOW: bound once, before a batch forks its
// workers; RTLD_NODELETE: its libraries keep thread-local state and pools to the end of the
// process, so it is never unmapped) and calls its exported `entry`, a `const T* ()` whose table
// starts with a ModuleTableHead of `version` and `table_size`. `what` names the module in
// failures ("the OCR module (Tesseract)").
OpenedModule open_module(std::string_view file_name, std::string_view installed_dir,
                         const char* entry, std::string_view version, std::size_t table_size,
                         std::string_view what);

}  // namespace ogi

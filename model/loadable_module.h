#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
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
  const ModuleTableHead* calls = nullptr;  // the table's head; null when `failure` says why
  std::string failure;
};

// Opens the first of `module_paths` that exists (RTLD_NOW: bound once, before a batch forks its
// workers; RTLD_NODELETE: its libraries keep thread-local state and pools to the end of the
// process, so it is never unmapped) and calls its exported `entry`, a `const ModuleTableHead* ()`
// returning the head of its table of `table_size`, built from sources of `version`; the table is
// the struct the head begins (module_table). `what` names the module in
// failures ("the OCR module (Tesseract)").
OpenedModule open_module(std::string_view file_name, std::string_view installed_dir,
                         const char* entry, std::string_view version, std::size_t table_size,
                         std::string_view what);

// The table a module's head begins: `Table` is a standard-layout struct whose first member is its
// ModuleTableHead, so the two share an address.
template <typename Table>
const Table& module_table(const ModuleTableHead& head) {
  static_assert(std::is_standard_layout_v<Table>);
  return *reinterpret_cast<const Table*>(&head);
}

}  // namespace ogi

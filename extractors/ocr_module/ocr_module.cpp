#include "extractors/ocr_module/ocr_module.h"

#include <dlfcn.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>

#include "extractors/extract_error.h"

namespace ogi {
namespace {

struct ModuleClose {
  void operator()(void* handle) const { dlclose(handle); }
};
using ModuleHandle = std::unique_ptr<void, ModuleClose>;

// The module opened, or why it could not be.
struct LoadedModule {
  ModuleHandle handle;
  const OcrModuleCalls* calls = nullptr;
  std::string failure;
};

std::string last_dl_error() {
  const char* error = dlerror();
  return error ? error : "unknown error";
}

// The module's table when it comes from this build; otherwise nullptr and why.
const OcrModuleCalls* module_calls(void* handle, const std::string& path, std::string& failure) {
  using Entry = const OcrModuleCalls* (*)();
  const auto entry = reinterpret_cast<Entry>(dlsym(handle, kOcrModuleEntry));
  const OcrModuleCalls* calls = entry ? entry() : nullptr;
  if (!calls) {
    failure = path + " is not an ogi OCR module (no " + kOcrModuleEntry + ")";
  } else if (std::strcmp(calls->version, OGI_VERSION) != 0 || calls->size != sizeof(*calls)) {
    failure = path + " is from ogi " + calls->version + ", not " + OGI_VERSION;
    calls = nullptr;
  }
  return calls;
}

LoadedModule load_module() {
  setenv("OMP_THREAD_LIMIT", "1", /*overwrite=*/0);
  LoadedModule module;
  std::string not_found;
  for (const std::string& path : ocr_module_paths()) {
    std::error_code error;
    if (!std::filesystem::exists(path, error)) {
      not_found += (not_found.empty() ? "" : " or ") + path;
      continue;
    }
    // RTLD_NODELETE: Tesseract and libgomp keep state past any one call (thread-local engines,
    // OpenMP's pool); closing the handle at exit must not unmap their code.
    module.handle.reset(dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE));
    if (!module.handle) {
      module.failure = "the OCR module (Tesseract) cannot be loaded: " + last_dl_error();
    } else {
      module.calls = module_calls(module.handle.get(), path, module.failure);
    }
    return module;
  }
  module.failure = "the OCR module (Tesseract) " + std::string(kOcrModuleName) +
                   " is not installed (not found at " + not_found + ")";
  return module;
}

}  // namespace

std::vector<std::string> ocr_module_paths() {
  std::error_code error;
  const std::filesystem::path executable = std::filesystem::read_symlink("/proc/self/exe", error);
  if (error) return {};
  const std::filesystem::path folder = executable.parent_path();
  std::vector<std::string> paths = {(folder / kOcrModuleName).string()};
  const std::string installed =
      (folder / OGI_OCR_MODULE_DIR / kOcrModuleName).lexically_normal().string();
  if (installed != paths.front()) paths.push_back(installed);
  return paths;
}

const OcrModuleCalls& ocr_module() {
  static const LoadedModule module = load_module();
  if (!module.calls) {
    throw ExtractError("ocr_unavailable", module.failure);
  }
  return *module.calls;
}

}  // namespace ogi

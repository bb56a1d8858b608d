#include "cli/batch/batch_test_faults.h"

#include <signal.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>
#include <vector>

namespace ogi {
namespace {

bool fault_requested(const char* variable, const std::string& file_name) {
  const char* value = std::getenv(variable);
  return value != nullptr && file_name == value;
}

[[noreturn]] void bloat() {
  constexpr size_t kChunk = 16 * 1024 * 1024;
  // Kept reachable and written to, so the allocations can be neither elided nor left untouched.
  static std::vector<std::unique_ptr<char[]>> chunks;
  while (true) {
    chunks.push_back(std::make_unique<char[]>(kChunk));
    std::memset(chunks.back().get(), 1, kChunk);
  }
}

}  // namespace

void inject_test_fault(const std::string& path) {
  const std::string file_name = std::filesystem::path(path).filename().string();
  if (fault_requested("OGI_TEST_CRASH_ON", file_name)) raise(SIGSEGV);
  if (fault_requested("OGI_TEST_HANG_ON", file_name)) {
    while (true) pause();
  }
  if (fault_requested("OGI_TEST_BLOAT_ON", file_name)) bloat();
}

}  // namespace ogi

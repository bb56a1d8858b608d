// The sanitizer options every `ogi` the tests start runs with, set once in the test process so
// that each child inherits them (ctest's ENVIRONMENT property holds one variable per test here:
// gtest_discover_tests passes a list's further entries as property names).
#include <cstdlib>
#include <string>

#include "tests/support/test_paths.h"

namespace ogi::testing {
namespace {

// ASan holds up to 256 MB of freed memory back by default (its quarantine, to catch a late use
// after free): the tests' 500 MB bound on ogi's peak would then measure the sanitizer. 8 MB still
// catches a use soon after the free. fontconfig's lifetime caches (Poppler renders through it and
// never calls FcFini) are no leak.
struct SanitizerEnvironment {
  SanitizerEnvironment() {
    if (kSanitizerSlowdown == 1.0) return;
    setenv("ASAN_OPTIONS", "quarantine_size_mb=8:thread_local_quarantine_size_kb=64", 0);
    const std::string suppressions = (source_dir() / "tests" / "lsan.supp").string();
    setenv("LSAN_OPTIONS", ("print_suppressions=0:suppressions=" + suppressions).c_str(), 0);
  }
};

const SanitizerEnvironment kSanitizerEnvironment;

}  // namespace
}  // namespace ogi::testing

#pragma once

#include <string>

namespace ogi {

// Test-only faults, so tests can prove that one bad worker costs one file and nothing more.
// When the file name (no folder) of `path` equals the value of
//   OGI_TEST_CRASH_ON  the worker dies of SIGSEGV,
//   OGI_TEST_HANG_ON   the worker never finishes,
//   OGI_TEST_BLOAT_ON  the worker allocates memory until the limit stops it.
// Compiled only into test builds (OGI_BUILD_TESTS=ON); release builds link batch_no_faults.cpp.
void inject_test_fault(const std::string& path);

}  // namespace ogi

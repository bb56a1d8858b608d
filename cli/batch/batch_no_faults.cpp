#include "cli/batch/batch_test_faults.h"

namespace ogi {

// Release builds (OGI_BUILD_TESTS=OFF) ship no fault hooks: CMake compiles this file instead of
// batch_test_faults.cpp.
void inject_test_fault(const std::string&) {}

}  // namespace ogi

#include "cli/openmp_limit.h"

#include <unistd.h>

#include <cstdlib>

namespace ogi {

void limit_openmp_threads(char** argv) {
  if (std::getenv("OMP_THREAD_LIMIT") != nullptr) return;
  setenv("OMP_THREAD_LIMIT", "1", 1);
  // The same program image and arguments; the process id stays, so a parent waiting on it or a
  // batch coordinator that will signal it sees no difference. On failure we run on, slower.
  execv("/proc/self/exe", argv);
}

}  // namespace ogi

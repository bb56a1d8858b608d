#include "cli/batch/job_watch.h"

#include <signal.h>

#include <algorithm>

namespace ogi {
namespace {

// Seconds between looks at a worker's resident memory: fast enough that a worker allocating
// quickly does not get far past the limit (RLIMIT_AS backs it where it applies).
constexpr double kMemoryCheck = 0.02;

}  // namespace

JobWatch::JobWatch(pid_t worker, const WorkerLimits& limits)
    : worker_(worker), start_(Clock::now()) {
  // No timeout (ogi extract without --timeout): a deadline that never comes.
  deadline_ = limits.timeout_seconds > 0
                  ? start_ + std::chrono::duration_cast<Clock::duration>(
                                 std::chrono::duration<double>(limits.timeout_seconds))
                  : Clock::time_point::max();
  const size_t memory_mb = limits.max_memory_mb;
  if (memory_mb != 0) memory_ceiling_ = worker_resident_bytes(worker) + memory_mb * 1024 * 1024;
}

void JobWatch::enforce() {
  if (killed_ != WorkerKill::kNone) return;
  if (Clock::now() >= deadline_) {
    kill(-worker_, SIGKILL);  // the whole group, helpers of the worker included
    killed_ = WorkerKill::kTimeout;
  } else if (memory_ceiling_ != 0 && worker_resident_bytes(worker_) > memory_ceiling_) {
    // The same check in builds with and without sanitizers, whose allocators do not honour
    // RLIMIT_AS.
    kill(-worker_, SIGKILL);
    killed_ = WorkerKill::kMemory;
  }
}

double JobWatch::seconds_to_next_check(double longest) const {
  if (killed_ != WorkerKill::kNone) return longest;
  double wait = longest;
  if (deadline_ != Clock::time_point::max()) {
    wait = std::min(wait, std::chrono::duration<double>(deadline_ - Clock::now()).count());
  }
  if (memory_ceiling_ != 0) wait = std::min(wait, kMemoryCheck);
  return std::max(wait, 0.001);
}

}  // namespace ogi

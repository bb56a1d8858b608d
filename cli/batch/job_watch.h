#pragma once

#include <sys/types.h>

#include <chrono>
#include <cstddef>

#include "cli/batch/batch_worker.h"

namespace ogi {

// The bounds of one file read by a worker process, kept by whoever waits for the worker's reply
// (the batch scheduler for each of its workers, `ogi extract --timeout/--max-memory` for its
// one): a deadline from --timeout and a ceiling on resident memory from --max-memory, counted
// above what the worker holds when the file starts. A worker past either is killed with its
// process group, and `killed` says why, for classify_worker.
class JobWatch {
 public:
  using Clock = std::chrono::steady_clock;

  JobWatch(pid_t worker, const WorkerLimits& limits);

  // Kills the worker when it is past its deadline or over its memory ceiling (read from
  // /proc/<pid>/statm). Does nothing once it has killed it.
  void enforce();
  // Seconds until enforce() has something new to look at (at most `longest`).
  double seconds_to_next_check(double longest) const;

  WorkerKill killed() const { return killed_; }
  Clock::time_point start() const { return start_; }

 private:
  pid_t worker_;
  Clock::time_point start_;
  Clock::time_point deadline_;
  size_t memory_ceiling_ = 0;  // bytes; 0: no limit
  WorkerKill killed_ = WorkerKill::kNone;
};

}  // namespace ogi

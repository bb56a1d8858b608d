#pragma once

#include <sys/types.h>

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "cli/batch/worker_channel.h"

namespace ogi {

struct WorkerLimits {
  double timeout_seconds = 120;  // 0: none
  // Resident memory (RSS) a worker may add to what it starts with; 0: none. The batch watches
  // every worker's RSS (worker_resident_bytes) and kills one that goes over (WorkerKill::kMemory).
  size_t max_memory_mb = 2048;
};

// A running worker process and the batch's end of its channel (cli/batch/worker_channel.h).
struct WorkerProcess {
  pid_t pid = -1;
  UniqueFd channel;
};

// Forks a worker that reads the files the batch sends it (send_job), one after another, until
// the batch closes the channel. Each file gets a reply once its record is written atomically
// to the job's record file. The worker runs in its own process group, with no core dumps,
// stdout discarded and stderr on `log_fd`, and dies with this process (kill -9 of the batch
// included); it closes `not_inherited` (other workers' channels), so that it holds no end of
// theirs. Builds without sanitizers also cap the worker's address space at twice the memory
// limit above its start size (RLIMIT_AS), a backstop for allocations faster than the batch's
// RSS checks. In sanitizer builds a sanitizer report ends the worker by the fault's signal
// (SIGABRT when there is none), so that it is `crashed` as in other builds. nullopt when the
// worker could not be started.
std::optional<WorkerProcess> start_worker(const WorkerLimits& limits, int log_fd,
                                          const std::vector<int>& not_inherited);

// Resident memory of a process in bytes, from /proc/<pid>/statm (0 = this process); 0 when it
// cannot be read (the process has ended).
size_t worker_resident_bytes(pid_t pid);

// Why the batch killed a worker, if it did.
enum class WorkerKill { kNone, kTimeout, kMemory };

// How a worker ended, from its wait status.
enum class WorkerEnd { kRead, kUnreadable, kCrashed, kMemoryLimit, kTimedOut, kFailed };

struct WorkerResult {
  WorkerEnd end = WorkerEnd::kFailed;
  std::string code;  // record error code for the ends without a worker-written record
  std::string message;
};

// The file's end from a live worker's reply.
WorkerResult classify_reply(const WorkerReply& reply);
// The file's end when its worker died before replying, from the wait status.
WorkerResult classify_worker(int wait_status, WorkerKill killed, const WorkerLimits& limits);

// The record of a file whose worker wrote none (crash, timeout, memory limit): source filled,
// report fields null, `errors` saying why. Deterministic for the same file and limits.
std::string failure_record(const std::string& path, const std::string& sha256,
                           const WorkerResult& result);

}  // namespace ogi

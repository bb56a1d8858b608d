#pragma once

#include <sys/types.h>

#include <cstddef>
#include <filesystem>
#include <string>

namespace ogi {

struct WorkerLimits {
  double timeout_seconds = 120;
  // Resident memory (RSS) a worker may add to what it starts with; 0: none. The batch watches
  // every worker's RSS (worker_resident_bytes) and kills one that goes over (WorkerKill::kMemory).
  size_t max_memory_mb = 2048;
};

// Forks a worker for one file. The worker runs process_file in its own process group, with no
// core dumps, stdout discarded and stderr on `log_fd`; it writes the record atomically to
// `record_file`, and dies with this process (kill -9 of the batch included). Builds without
// sanitizers also cap the worker's address space at twice the memory limit (RLIMIT_AS), a
// backstop for allocations faster than the batch's RSS checks. In sanitizer builds a sanitizer
// report ends the worker by the fault's signal (SIGABRT when there is none), so that it is
// `crashed` as in other builds. Returns the worker's pid, or -1 when fork failed.
pid_t start_worker(const std::string& path, const std::filesystem::path& record_file,
                   const WorkerLimits& limits, int log_fd);

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

WorkerResult classify_worker(int wait_status, WorkerKill killed, const WorkerLimits& limits);

// The record of a file whose worker wrote none (crash, timeout, memory limit): source filled,
// report fields null, `errors` saying why. Deterministic for the same file and limits.
std::string failure_record(const std::string& path, const std::string& sha256,
                           const WorkerResult& result);

}  // namespace ogi

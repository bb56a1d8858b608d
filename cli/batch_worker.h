#pragma once

#include <sys/types.h>

#include <cstddef>
#include <filesystem>
#include <string>

namespace ogi {

struct WorkerLimits {
  double timeout_seconds = 120;
  size_t max_memory_mb = 2048;  // address space a worker may add to what it starts with; 0: none
};

// Forks a worker for one file. The worker runs process_file in its own process group, with the
// memory limit, no core dumps, stdout discarded and stderr on `log_fd`; it writes the record
// atomically to `record_file`, and dies with this process (kill -9 of the batch included).
// Returns the worker's pid, or -1 when fork failed.
pid_t start_worker(const std::string& path, const std::filesystem::path& record_file,
                   const WorkerLimits& limits, int log_fd);

// How a worker ended, from its wait status.
enum class WorkerEnd { kRead, kUnreadable, kCrashed, kMemoryLimit, kTimedOut, kFailed };

struct WorkerResult {
  WorkerEnd end = WorkerEnd::kFailed;
  std::string code;  // record error code for the ends without a worker-written record
  std::string message;
};

WorkerResult classify_worker(int wait_status, bool timed_out, const WorkerLimits& limits);

// The record of a file whose worker wrote none (crash, timeout, memory limit): source filled,
// report fields null, `errors` saying why. Deterministic for the same file and limits.
std::string failure_record(const std::string& path, const std::string& sha256,
                           const WorkerResult& result);

}  // namespace ogi

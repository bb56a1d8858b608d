#pragma once

#include <string>

#include "cli/batch/batch_worker.h"

namespace ogi {

// One file's record from a worker process under `limits`, as `ogi batch` reads each file: the
// same worker (start_worker: its own process group, RLIMIT_AS, killed with this process), the
// same watch (JobWatch: --timeout, --max-memory), the file hashed and then read in the worker,
// and the same record when the worker is killed or crashes (failure_record: `timeout`,
// `memory_limit`, `crashed`). For `ogi extract --timeout/--max-memory`. Worker stderr stays
// this process's stderr.
struct IsolatedRead {
  std::string record;        // the record's JSON text; empty when interrupted
  bool interrupted = false;  // SIGINT, SIGTERM or SIGHUP came: the worker was killed
};

// Throws std::runtime_error when no worker can be started.
IsolatedRead read_isolated(const std::string& path, const WorkerLimits& limits);

}  // namespace ogi

#pragma once

#include <string>
#include <vector>

#include "cli/batch_inputs.h"
#include "cli/batch_progress.h"
#include "cli/batch_store.h"
#include "cli/batch_worker.h"

namespace ogi {

struct BatchSettings {
  size_t jobs = 1;
  WorkerLimits limits;
  bool retry_failed = false;  // rerun inputs whose stored record says the worker failed
};

// One worker's run, for the summary.
struct WorkerRun {
  std::string path;
  double seconds = 0;
  long peak_rss_kb = 0;
};

struct BatchRun {
  std::vector<std::string> sha256;  // per input, in input order; "" when it could not be read
  BatchCounts counts;
  size_t resumed = 0;     // records already in the store (by sha256)
  size_t duplicates = 0;  // bytes seen earlier in this run: one worker for all
  std::vector<WorkerRun> workers;
  double seconds = 0;  // wall time of the worker phase (hashing included, corpus files not)
  double coordinator_cpu_seconds = 0;  // this process: hashing, forking, waiting
  double worker_cpu_seconds = 0;       // all workers together
  bool interrupted = false;  // SIGINT, SIGTERM or SIGHUP: workers killed, no record written
};

// Runs one isolated worker per distinct input, at most settings.jobs at a time, each killed
// when it exceeds --timeout. Inputs whose record is already stored are skipped. Every record
// lands in the store whole (temporary + rename), so stopping at any point loses no finished
// work and leaves no half record. Throws std::runtime_error when no worker can be started.
BatchRun run_workers(const std::vector<BatchInput>& inputs, const RecordStore& store,
                     const BatchSettings& settings, BatchProgress& progress);

}  // namespace ogi

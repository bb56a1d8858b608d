#pragma once

#include <string>
#include <vector>

#include "cli/batch/batch_inputs.h"
#include "cli/batch/batch_progress.h"
#include "cli/batch/batch_store.h"
#include "cli/batch/batch_worker.h"
#include "model/report.h"

namespace ogi {

struct BatchSettings {
  size_t jobs = 1;
  WorkerLimits limits;
  bool retry_failed = false;  // rerun inputs whose stored record says the worker failed
  // Files a worker process reads before a fresh one takes its place: a worker lives on from
  // file to file (a process per file costs its start and page faults again every time), and a
  // bounded life bounds what one file's leftovers (heap growth, state) can do to later ones.
  // 1: a fresh process for every file.
  size_t files_per_worker = 100;
};

// One worker's run, for the summary.
struct WorkerRun {
  std::string path;
  double seconds = 0;
  long peak_rss_kb = 0;
};

struct BatchRun {
  std::vector<std::string> sha256;  // per input, in input order; "" when it could not be read
  // Per input: why it has no sha256 (refused by its checks, or its worker died while hashing),
  // the record's error; code "" when it has one.
  std::vector<ExtractIssue> refused;
  BatchCounts counts;
  size_t resumed = 0;     // records already in the store (by sha256)
  size_t duplicates = 0;  // bytes seen earlier in this run: one worker for all
  std::vector<WorkerRun> workers;
  double seconds = 0;  // wall time of the worker phase (hashing included, corpus files not)
  double coordinator_cpu_seconds = 0;  // this process: checks, forking, waiting
  double worker_cpu_seconds = 0;       // all workers together
  bool interrupted = false;  // SIGINT, SIGTERM or SIGHUP: workers killed, no record written
};

// Reads every distinct input in a worker process, settings.jobs workers at a time. The batch
// itself reads no input bytes: it checks each input as InputFile does (a FIFO, device,
// directory, link to nothing or file over kMaxInputBytes becomes its error at once), and a worker
// hashes it under the same limits as the reading, then reads it unless its record exists or
// another input had the same bytes. A worker
// killed for --timeout or --max-memory, or dead of a crash, costs the one file it was reading
// (its record says why), and a fresh worker takes its place. Inputs whose record is already stored
// are skipped. Every record lands in the store whole (temporary + rename), so stopping at any point
// loses no finished work and leaves no half record. Throws std::runtime_error when no worker can be
// started.
BatchRun run_workers(const std::vector<BatchInput>& inputs, const RecordStore& store,
                     const BatchSettings& settings, BatchProgress& progress);

}  // namespace ogi

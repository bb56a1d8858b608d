#pragma once

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "extractors/ocr/recognize/ocr_engine.h"

namespace ogi {

// How many threads OCR runs on: $OGI_OCR_THREADS when it is a positive integer, otherwise one per
// hardware core. Tesseract's own OpenMP threads must be limited to one by the environment before
// libgomp loads (OMP_THREAD_LIMIT=1; the OCR module's loader sees to it, ocr_module.h), or they
// oversubscribe the cores and spin.
size_t ocr_thread_count();

// Threads that run OCR tasks, each with its own OcrEngines: an engine is not thread-safe, and
// loading one costs about 0.14 s, so each thread loads its set once and keeps it for every later
// run (the calling thread on its first task, the others as they start). The thread calling run()
// works too; the others wait between runs.
class OcrWorkers {
 public:
  // One task: `run` on some worker thread with its engines, alongside other tasks; then, unless
  // it threw, `finished` (may be empty) under the workers' lock.
  struct Task {
    std::function<void(OcrEngines& engines)> run;
    std::function<void()> finished;
  };

  // Work that may grow as it is done: a finished task can make others ready (a page prepared
  // makes its cells readable), which a fixed list of tasks cannot express.
  class Plan {
   public:
    virtual ~Plan() = default;
    // The next task to start, nullopt when none is ready; with no task running, nullopt means
    // the plan is done. Called under the workers' lock.
    virtual std::optional<Task> next() = 0;
  };

  explicit OcrWorkers(size_t threads = ocr_thread_count());
  OcrWorkers(const OcrWorkers&) = delete;
  OcrWorkers& operator=(const OcrWorkers&) = delete;

  size_t size() const { return helpers_.size() + 1; }
  // How many pages to hold prepared at a time: two per thread, so that one slow page does not
  // leave the other threads idle, and a long scan never holds all its page images at once.
  size_t page_window() const { return 2 * size(); }

  // Runs the plan's tasks and returns when it is done. Once a task throws no further task
  // starts, and the first exception is rethrown when every thread has stopped. One run at a time.
  void run(Plan& plan);
  // Runs task(i, engines) once for every i in [0, count), started in index order, so the longest
  // should come first.
  void run(size_t count, const std::function<void(size_t index, OcrEngines& engines)>& task);

 private:
  void help(const std::stop_token& stop);
  void work(std::optional<OcrEngines>& engines);
  // The plan's next task, nullopt once a task failed; the plan failing counts as a task failing.
  std::optional<Task> next_task();

  std::mutex mutex_;
  std::condition_variable_any wake_;  // a run starts
  std::condition_variable ready_;     // a task finished: more may be ready, or the run be over
  std::condition_variable done_;      // a helper is through with a run
  size_t runs_ = 0;                   // runs started, so a helper tells a new run from the last
  size_t busy_ = 0;                   // helpers not yet through with the current run
  size_t running_ = 0;                // tasks started and not finished
  Plan* plan_ = nullptr;
  std::exception_ptr error_;
  std::optional<OcrEngines> own_engines_;  // the calling thread's
  // Last, so the helpers are stopped and joined before what they use is destroyed.
  std::vector<std::jthread> helpers_;
};

}  // namespace ogi

#pragma once

#include <chrono>
#include <cstddef>

namespace ogi {

struct BatchCounts {
  size_t total = 0;      // inputs of this run (its shard)
  size_t done = 0;       // inputs settled: processed, resumed, duplicate or unreadable
  size_t processed = 0;  // inputs a worker ran for in this run
  size_t errors = 0;     // records with errors made in this run
};

// One status line on stderr, redrawn in place: files done/total, rate, ETA, errors so far.
// Disabled (prints nothing at all) when stderr is not a terminal, so logs stay clean.
class BatchProgress {
 public:
  explicit BatchProgress(bool enabled);

  // Redraws at most every 100 ms unless `force`.
  void update(const BatchCounts& counts, bool force = false);
  // Erases the line, before anything else is written to stderr.
  void clear();

 private:
  using Clock = std::chrono::steady_clock;
  bool enabled_;
  bool drawn_ = false;
  Clock::time_point start_;
  Clock::time_point last_draw_;
};

// True when stderr is a terminal.
bool stderr_is_terminal();

}  // namespace ogi

#include "cli/batch_scheduler.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <map>
#include <set>
#include <stdexcept>

#include "cli/file_digest.h"
#include "output/corpus_file.h"

namespace ogi {
namespace {

using Clock = std::chrono::steady_clock;

constexpr double kProgressTick = 0.25;

double cpu_seconds(int who) {
  rusage usage{};
  getrusage(who, &usage);
  const auto seconds = [](const timeval& time) { return time.tv_sec + time.tv_usec / 1e6; };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}
constexpr double kIdleWait = 5.0;
// Seconds between looks at the running workers' resident memory (--max-memory).
constexpr double kMemoryCheck = 0.02;
constexpr size_t kSettleBurst = 64;

// Signals the batch handles itself, synchronously (sigtimedwait), instead of in handlers:
// SIGCHLD wakes it when a worker ends, the others stop the run cleanly.
class BlockedSignals {
 public:
  BlockedSignals() {
    sigemptyset(&set_);
    for (int signal_number : {SIGCHLD, SIGINT, SIGTERM, SIGHUP}) sigaddset(&set_, signal_number);
    sigprocmask(SIG_BLOCK, &set_, &previous_);
  }
  ~BlockedSignals() { sigprocmask(SIG_SETMASK, &previous_, nullptr); }
  BlockedSignals(const BlockedSignals&) = delete;
  BlockedSignals& operator=(const BlockedSignals&) = delete;

  // The signal that arrived within `seconds`, or 0.
  int wait(double seconds) const {
    timespec timeout;
    timeout.tv_sec = static_cast<time_t>(seconds);
    timeout.tv_nsec = static_cast<long>((seconds - static_cast<double>(timeout.tv_sec)) * 1e9);
    const int signal_number = sigtimedwait(&set_, nullptr, &timeout);
    return signal_number > 0 ? signal_number : 0;
  }

 private:
  sigset_t set_;
  sigset_t previous_;
};

class LogFile {
 public:
  explicit LogFile(const std::filesystem::path& path)
      : fd_(open(path.c_str(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644)) {}
  ~LogFile() {
    if (fd_ >= 0) close(fd_);
  }
  LogFile(const LogFile&) = delete;
  LogFile& operator=(const LogFile&) = delete;
  int fd() const { return fd_; }

 private:
  int fd_;
};

class Scheduler {
 public:
  Scheduler(const std::vector<BatchInput>& inputs, const RecordStore& store,
            const BatchSettings& settings, BatchProgress& progress)
      : inputs_(inputs),
        store_(store),
        settings_(settings),
        progress_(progress),
        log_(store.out_dir() / "workers.log") {
    run_.sha256.resize(inputs.size());
    run_.counts.total = inputs.size();
  }

  BatchRun run() {
    const Clock::time_point start = Clock::now();
    const BlockedSignals signals;
    progress_.update(run_.counts, true);
    while (true) {
      const bool more = fill_slots();
      if (running_.empty() && next_ >= inputs_.size()) break;
      const int signal_number = signals.wait(more ? 0 : wait_seconds());
      if (signal_number != 0 && signal_number != SIGCHLD) {
        stop_all();
        break;
      }
      reap();
      kill_overdue();
      kill_over_memory();
      progress_.update(run_.counts);
    }
    progress_.update(run_.counts, true);
    run_.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    run_.coordinator_cpu_seconds = cpu_seconds(RUSAGE_SELF);
    run_.worker_cpu_seconds = cpu_seconds(RUSAGE_CHILDREN);
    return std::move(run_);
  }

 private:
  struct Running {
    size_t position = 0;  // in inputs_
    std::string sha256;
    Clock::time_point start;
    Clock::time_point deadline;
    size_t memory_ceiling = 0;  // resident bytes above which the worker is killed; 0: none
    WorkerKill killed = WorkerKill::kNone;
  };

  void settle(bool error) {
    ++next_;
    ++run_.counts.done;
    if (error) ++run_.counts.errors;
    progress_.update(run_.counts);
  }

  // Starts workers while slots are free. Inputs already done are settled here without a
  // worker, a bounded number at a time, so that a resumed run over thousands of finished files
  // still reaps and times out its running workers. True when it stopped at that bound.
  bool fill_slots() {
    const size_t jobs = std::max<size_t>(settings_.jobs, 1);
    for (size_t step = 0; step < kSettleBurst; ++step) {
      if (running_.size() >= jobs || next_ >= inputs_.size()) return false;
      if (!start_next()) return false;
    }
    return true;
  }

  // Hashes the next input and starts its worker unless its record exists or is on its way.
  // False when no worker could be started now (fork failed while others run: retry later).
  bool start_next() {
    const BatchInput& input = inputs_[next_];
    const std::string sha256 = file_sha256(input.path);
    run_.sha256[next_] = sha256;
    if (sha256.empty()) {
      settle(true);  // the corpus records it as unreadable
    } else if (!seen_.insert(sha256).second) {
      ++run_.duplicates;
      settle(false);
    } else if (store_.has(sha256) && !(settings_.retry_failed && store_.worker_failed(sha256))) {
      ++run_.resumed;
      settle(false);
    } else {
      return start_worker_for(sha256);
    }
    return true;
  }

  bool start_worker_for(const std::string& sha256) {
    // The worker starts as a copy of this process: its limit counts from this size.
    const size_t memory_mb = settings_.limits.max_memory_mb;
    const size_t memory_ceiling =
        memory_mb == 0 ? 0 : worker_resident_bytes(0) + memory_mb * 1024 * 1024;
    const pid_t pid =
        start_worker(inputs_[next_].path, store_.record_path(sha256), settings_.limits, log_.fd());
    if (pid < 0) {
      seen_.erase(sha256);
      if (running_.empty()) {
        throw std::runtime_error(std::string("cannot start a worker: ") + std::strerror(errno));
      }
      return false;
    }
    const Clock::time_point now = Clock::now();
    const auto timeout = std::chrono::duration_cast<Clock::duration>(
        std::chrono::duration<double>(settings_.limits.timeout_seconds));
    running_[pid] = {next_, sha256, now, now + timeout, memory_ceiling, WorkerKill::kNone};
    ++next_;
    return true;
  }

  double wait_seconds() const {
    double wait = kIdleWait;
    if (stderr_is_terminal()) wait = kProgressTick;
    const Clock::time_point now = Clock::now();
    for (const auto& [pid, running] : running_) {
      if (running.killed != WorkerKill::kNone) continue;
      wait = std::min(wait, std::chrono::duration<double>(running.deadline - now).count());
      if (running.memory_ceiling != 0) wait = std::min(wait, kMemoryCheck);
    }
    return std::max(wait, 0.001);
  }

  void reap() {
    int status = 0;
    rusage usage{};
    pid_t pid = 0;
    while ((pid = wait4(-1, &status, WNOHANG, &usage)) > 0) {
      const auto found = running_.find(pid);
      if (found == running_.end()) continue;
      finish(found->second, status, usage);
      running_.erase(found);
    }
  }

  void finish(const Running& running, int status, const rusage& usage) {
    const std::string& path = inputs_[running.position].path;
    WorkerResult result = classify_worker(status, running.killed, settings_.limits);
    const bool wrote = result.end == WorkerEnd::kRead || result.end == WorkerEnd::kUnreadable;
    if (wrote && !store_.has(running.sha256)) {
      result = {WorkerEnd::kFailed, "worker_failed", "the worker ended without a record"};
    }
    if (result.end != WorkerEnd::kRead && result.end != WorkerEnd::kUnreadable) {
      write_file_atomically(store_.record_path(running.sha256),
                            failure_record(path, running.sha256, result));
    }
    ++run_.counts.processed;
    ++run_.counts.done;
    if (result.end != WorkerEnd::kRead) ++run_.counts.errors;
    const double seconds = std::chrono::duration<double>(Clock::now() - running.start).count();
    run_.workers.push_back({path, seconds, usage.ru_maxrss});
  }

  void kill_overdue() {
    const Clock::time_point now = Clock::now();
    for (auto& [pid, running] : running_) {
      if (running.killed != WorkerKill::kNone || now < running.deadline) continue;
      kill(-pid, SIGKILL);  // the whole group, helpers of the worker included
      running.killed = WorkerKill::kTimeout;
    }
  }

  // --max-memory: the worker's resident set, read from /proc every kMemoryCheck seconds while
  // it runs. The same in builds with and without sanitizers, whose allocators do not honour
  // RLIMIT_AS; a worker that exits before a look is reaped first (reap() runs before this).
  void kill_over_memory() {
    for (auto& [pid, running] : running_) {
      if (running.killed != WorkerKill::kNone || running.memory_ceiling == 0) continue;
      if (worker_resident_bytes(pid) <= running.memory_ceiling) continue;
      kill(-pid, SIGKILL);
      running.killed = WorkerKill::kMemory;
    }
  }

  // Interrupted: workers die without a record (their inputs stay to do on the next run).
  void stop_all() {
    run_.interrupted = true;
    for (const auto& [pid, running] : running_) kill(-pid, SIGKILL);
    for (const auto& [pid, running] : running_) waitpid(pid, nullptr, 0);
    running_.clear();
    store_.remove_temporaries();
  }

  const std::vector<BatchInput>& inputs_;
  const RecordStore& store_;
  const BatchSettings& settings_;
  BatchProgress& progress_;
  LogFile log_;
  BatchRun run_;
  std::map<pid_t, Running> running_;
  std::set<std::string> seen_;
  size_t next_ = 0;
};

}  // namespace

BatchRun run_workers(const std::vector<BatchInput>& inputs, const RecordStore& store,
                     const BatchSettings& settings, BatchProgress& progress) {
  return Scheduler(inputs, store, settings, progress).run();
}

}  // namespace ogi

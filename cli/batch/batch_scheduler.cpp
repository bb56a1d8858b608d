#include "cli/batch/batch_scheduler.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/signalfd.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <optional>
#include <set>
#include <stdexcept>

#include "output/corpus_file.h"
#include "pipeline/file_digest.h"

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

// Signals that stop the run, read from a signalfd beside the workers' channels instead of in
// handlers, so the stop happens at a well-defined point of the loop.
class StopSignals {
 public:
  StopSignals() {
    sigemptyset(&set_);
    for (int signal_number : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&set_, signal_number);
    sigprocmask(SIG_BLOCK, &set_, &previous_);
    fd_.reset(signalfd(-1, &set_, SFD_CLOEXEC | SFD_NONBLOCK));
  }
  ~StopSignals() { sigprocmask(SIG_SETMASK, &previous_, nullptr); }
  StopSignals(const StopSignals&) = delete;
  StopSignals& operator=(const StopSignals&) = delete;

  int fd() const { return fd_.get(); }

 private:
  sigset_t set_;
  sigset_t previous_;
  UniqueFd fd_;
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
        log_(store.out_dir() / "workers.log"),
        slots_(std::max<size_t>(settings.jobs, 1)) {
    run_.sha256.resize(inputs.size());
    run_.counts.total = inputs.size();
  }

  BatchRun run() {
    const Clock::time_point start = Clock::now();
    const StopSignals signals;
    progress_.update(run_.counts, true);
    while (true) {
      const bool more = fill_slots();
      if (busy_slots() == 0 && next_ >= inputs_.size()) break;
      if (wait_for_replies(signals, more ? 0 : wait_seconds())) {
        stop_all();
        break;
      }
      kill_overdue();
      kill_over_memory();
      progress_.update(run_.counts);
    }
    for (Slot& slot : slots_) retire(slot);
    progress_.update(run_.counts, true);
    run_.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    run_.coordinator_cpu_seconds = cpu_seconds(RUSAGE_SELF);
    run_.worker_cpu_seconds = cpu_seconds(RUSAGE_CHILDREN);
    return std::move(run_);
  }

 private:
  struct Job {
    size_t position = 0;  // in inputs_
    std::string sha256;
    Clock::time_point start;
    Clock::time_point deadline;
    size_t memory_ceiling = 0;  // resident bytes above which the worker is killed; 0: none
    WorkerKill killed = WorkerKill::kNone;
  };
  // A worker (absent until needed, and after it died or retired) and the file it reads.
  struct Slot {
    std::optional<WorkerProcess> worker;
    std::optional<Job> job;
    size_t files = 0;  // read by the current worker
  };

  size_t busy_slots() const {
    return static_cast<size_t>(std::count_if(
        slots_.begin(), slots_.end(), [](const Slot& slot) { return slot.job.has_value(); }));
  }

  void settle(bool error) {
    ++next_;
    ++run_.counts.done;
    if (error) ++run_.counts.errors;
    progress_.update(run_.counts);
  }

  // Hands inputs to idle slots. Inputs already done are settled here without a worker, a
  // bounded number at a time, so that a resumed run over thousands of finished files still
  // reads replies and times out its running workers. True when it stopped at that bound.
  bool fill_slots() {
    for (size_t step = 0; step < kSettleBurst; ++step) {
      if (next_ >= inputs_.size()) return false;
      const auto idle =
          std::find_if(slots_.begin(), slots_.end(), [](const Slot& slot) { return !slot.job; });
      if (idle == slots_.end() || !start_next(*idle)) return false;
    }
    return true;
  }

  // Hashes the next input and sends it to the slot's worker unless its record exists or is on
  // its way. False when no worker could be started now (fork failed while others run).
  bool start_next(Slot& slot) {
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
      return send_to(slot, sha256);
    }
    return true;
  }

  bool send_to(Slot& slot, const std::string& sha256) {
    const WorkerJob job{inputs_[next_].path, store_.record_path(sha256).string()};
    // A worker that died while idle fails the send; a fresh one gets a second try.
    for (int attempt = 0; attempt < 2; ++attempt) {
      if (!slot.worker && !start_worker_in(slot)) {
        seen_.erase(sha256);
        return false;
      }
      if (send_job(slot.worker->channel.get(), job)) {
        track(slot, sha256);
        return true;
      }
      retire(slot);
    }
    seen_.erase(sha256);
    throw std::runtime_error("workers die before they are given a file; see workers.log");
  }

  bool start_worker_in(Slot& slot) {
    std::vector<int> not_inherited;
    for (const Slot& other : slots_) {
      if (other.worker) not_inherited.push_back(other.worker->channel.get());
    }
    slot.worker = start_worker(settings_.limits, log_.fd(), not_inherited);
    slot.files = 0;
    if (slot.worker) return true;
    if (busy_slots() == 0) {
      throw std::runtime_error(std::string("cannot start a worker: ") + std::strerror(errno));
    }
    return false;
  }

  void track(Slot& slot, const std::string& sha256) {
    // The limit counts from what the worker holds before the file.
    const size_t memory_mb = settings_.limits.max_memory_mb;
    const size_t memory_ceiling =
        memory_mb == 0 ? 0 : worker_resident_bytes(slot.worker->pid) + memory_mb * 1024 * 1024;
    const Clock::time_point now = Clock::now();
    const auto timeout = std::chrono::duration_cast<Clock::duration>(
        std::chrono::duration<double>(settings_.limits.timeout_seconds));
    slot.job = Job{next_, sha256, now, now + timeout, memory_ceiling, WorkerKill::kNone};
    ++next_;
  }

  double wait_seconds() const {
    double wait = kIdleWait;
    if (stderr_is_terminal()) wait = kProgressTick;
    const Clock::time_point now = Clock::now();
    for (const Slot& slot : slots_) {
      if (!slot.job || slot.job->killed != WorkerKill::kNone) continue;
      wait = std::min(wait, std::chrono::duration<double>(slot.job->deadline - now).count());
      if (slot.job->memory_ceiling != 0) wait = std::min(wait, kMemoryCheck);
    }
    return std::max(wait, 0.001);
  }

  // Waits up to `seconds` for replies and handles those that came. True when a stop signal
  // (SIGINT, SIGTERM, SIGHUP) arrived.
  bool wait_for_replies(const StopSignals& signals, double seconds) {
    std::vector<pollfd> watched{{signals.fd(), POLLIN, 0}};
    std::vector<Slot*> owners{nullptr};
    for (Slot& slot : slots_) {
      if (!slot.job) continue;
      watched.push_back({slot.worker->channel.get(), POLLIN, 0});
      owners.push_back(&slot);
    }
    const int ready = poll(watched.data(), watched.size(), static_cast<int>(seconds * 1000));
    if (ready <= 0) return false;
    if (watched[0].revents != 0) return true;
    for (size_t i = 1; i < watched.size(); ++i) {
      if (watched[i].revents != 0) take_reply(*owners[i]);
    }
    return false;
  }

  void take_reply(Slot& slot) {
    const std::optional<WorkerReply> reply = receive_reply(slot.worker->channel.get());
    if (!reply) {
      bury(slot);
      return;
    }
    finish(*slot.job, classify_reply(*reply), reply->peak_rss_kb);
    slot.job.reset();
    if (++slot.files >= std::max<size_t>(settings_.files_per_worker, 1)) retire(slot);
  }

  // The worker died mid-file (crash, kill, exit): the file's record says why.
  void bury(Slot& slot) {
    const pid_t pid = slot.worker->pid;
    kill(-pid, SIGKILL);  // a worker that closed its channel but lives on
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    slot.worker.reset();
    finish(*slot.job, classify_worker(status, slot.job->killed, settings_.limits), usage.ru_maxrss);
    slot.job.reset();
  }

  // An idle worker goes: it has read its share of files, or the run is over.
  void retire(Slot& slot) {
    if (!slot.worker) return;
    kill(-slot.worker->pid, SIGKILL);
    waitpid(slot.worker->pid, nullptr, 0);
    slot.worker.reset();
  }

  void finish(const Job& job, WorkerResult result, long peak_rss_kb) {
    const std::string& path = inputs_[job.position].path;
    const bool wrote = result.end == WorkerEnd::kRead || result.end == WorkerEnd::kUnreadable;
    if (wrote && !store_.has(job.sha256)) {
      result = {WorkerEnd::kFailed, "worker_failed", "the worker ended without a record"};
    }
    if (result.end != WorkerEnd::kRead && result.end != WorkerEnd::kUnreadable) {
      write_file_atomically(store_.record_path(job.sha256),
                            failure_record(path, job.sha256, result));
    }
    ++run_.counts.processed;
    ++run_.counts.done;
    if (result.end != WorkerEnd::kRead) ++run_.counts.errors;
    const double seconds = std::chrono::duration<double>(Clock::now() - job.start).count();
    run_.workers.push_back({path, seconds, peak_rss_kb});
  }

  void kill_overdue() {
    const Clock::time_point now = Clock::now();
    for (Slot& slot : slots_) {
      if (!slot.job || slot.job->killed != WorkerKill::kNone || now < slot.job->deadline) continue;
      kill(-slot.worker->pid, SIGKILL);  // the whole group, helpers of the worker included
      slot.job->killed = WorkerKill::kTimeout;
    }
  }

  // --max-memory: the worker's resident set, read from /proc every kMemoryCheck seconds while
  // it reads a file. The same in builds with and without sanitizers, whose allocators do not
  // honour RLIMIT_AS.
  void kill_over_memory() {
    for (Slot& slot : slots_) {
      if (!slot.job || slot.job->killed != WorkerKill::kNone || slot.job->memory_ceiling == 0) {
        continue;
      }
      if (worker_resident_bytes(slot.worker->pid) <= slot.job->memory_ceiling) continue;
      kill(-slot.worker->pid, SIGKILL);
      slot.job->killed = WorkerKill::kMemory;
    }
  }

  // Interrupted: workers die without a record (their inputs stay to do on the next run).
  void stop_all() {
    run_.interrupted = true;
    for (Slot& slot : slots_) {
      retire(slot);
      slot.job.reset();
    }
    store_.remove_temporaries();
  }

  const std::vector<BatchInput>& inputs_;
  const RecordStore& store_;
  const BatchSettings& settings_;
  BatchProgress& progress_;
  LogFile log_;
  BatchRun run_;
  std::vector<Slot> slots_;
  std::set<std::string> seen_;
  size_t next_ = 0;
};

}  // namespace

BatchRun run_workers(const std::vector<BatchInput>& inputs, const RecordStore& store,
                     const BatchSettings& settings, BatchProgress& progress) {
  return Scheduler(inputs, store, settings, progress).run();
}

}  // namespace ogi

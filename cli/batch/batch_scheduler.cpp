#include "cli/batch/batch_scheduler.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <optional>
#include <set>
#include <stdexcept>

#include "cli/batch/job_watch.h"
#include "cli/batch/stop_signals.h"
#include "extractors/extract_error.h"
#include "extractors/input_file.h"
#include "model/path_text.h"
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
constexpr size_t kSettleBurst = 64;

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

// Why an input is refused, from the checks every reader makes (extractors/input_file.h): no byte
// of it is read. Code "" when it may be given to a worker.
ExtractIssue refusal_of(const std::string& path) {
  try {
    const InputFile checked(path);
    return {};
  } catch (const ExtractError& error) {
    return {error.code(), error.what()};
  }
}

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
    run_.refused.resize(inputs.size());
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
        signals.take();
        stop_all();
        break;
      }
      for (Slot& slot : slots_) {
        if (slot.job) slot.job->watch.enforce();
      }
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
  // A file in a worker: hashed first, then (unless resumed or a duplicate) read by the same
  // worker, both under one watch, so --timeout and --max-memory bound the two together.
  struct Job {
    size_t position = 0;  // in inputs_
    bool hashing = true;
    std::string sha256;
    JobWatch watch;
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

  void count_done(bool error) {
    ++run_.counts.done;
    if (error) ++run_.counts.errors;
    progress_.update(run_.counts);
  }

  // Hands inputs to idle slots. Refused inputs are settled here without a worker, a bounded
  // number at a time, so that the loop still reads replies and times out running workers. True
  // when it stopped at that bound.
  bool fill_slots() {
    for (size_t step = 0; step < kSettleBurst; ++step) {
      if (next_ >= inputs_.size()) return false;
      const auto idle =
          std::find_if(slots_.begin(), slots_.end(), [](const Slot& slot) { return !slot.job; });
      if (idle == slots_.end() || !start_next(*idle)) return false;
    }
    return true;
  }

  // Refuses the next input at once when its checks fail, else gives it to the slot's worker to
  // hash. False when no worker could be started now (fork failed while others run).
  bool start_next(Slot& slot) {
    const size_t position = next_;
    ExtractIssue refusal = refusal_of(inputs_[position].path);
    if (!refusal.code.empty()) {
      run_.refused[position] = std::move(refusal);
      ++next_;
      count_done(true);  // the corpus records it with this error
      return true;
    }
    if (!send_to(slot, WorkerJob{inputs_[position].path, "", ""})) return false;
    slot.job.emplace(Job{position, true, "", JobWatch(slot.worker->pid, settings_.limits)});
    ++next_;
    return true;
  }

  bool send_to(Slot& slot, const WorkerJob& job) {
    // A worker that died while idle fails the send; a fresh one gets a second try.
    for (int attempt = 0; attempt < 2; ++attempt) {
      if (!slot.worker && !start_worker_in(slot)) return false;
      if (send_job(slot.worker->channel.get(), job)) return true;
      retire(slot);
    }
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

  double wait_seconds() const {
    double wait = stderr_is_terminal() ? kProgressTick : kIdleWait;
    for (const Slot& slot : slots_) {
      if (slot.job) wait = slot.job->watch.seconds_to_next_check(wait);
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
    } else if (slot.job->hashing) {
      take_digest(slot, *reply);
    } else {
      finish(*slot.job, classify_reply(*reply), reply->peak_rss_kb);
      slot.job.reset();
      if (++slot.files >= std::max<size_t>(settings_.files_per_worker, 1)) retire(slot);
    }
  }

  // The worker hashed the file: done when its record exists or another input had its bytes;
  // else the same worker reads it now.
  void take_digest(Slot& slot, const WorkerReply& reply) {
    Job& job = *slot.job;
    const std::string sha256(reply.sha256);
    if (sha256.empty()) {
      // Refused or unreadable since the batch's check: say why as the check says it now.
      ExtractIssue refusal = refusal_of(inputs_[job.position].path);
      if (refusal.code.empty()) refusal = {"unreadable", "cannot read the file: a read failed"};
      run_.refused[job.position] = std::move(refusal);
      count_done(true);
      slot.job.reset();
      return;
    }
    run_.sha256[job.position] = sha256;
    if (!seen_.insert(sha256).second) {
      ++run_.duplicates;
    } else if (store_.has(sha256) && !(settings_.retry_failed && store_.worker_failed(sha256))) {
      ++run_.resumed;
    } else {
      job.hashing = false;
      job.sha256 = sha256;
      // A worker that died since it replied fails this send; its channel's hang-up then buries
      // it in the next poll, with this file's record saying why.
      send_job(slot.worker->channel.get(),
               WorkerJob{inputs_[job.position].path, store_.record_path(sha256).string(), sha256});
      return;
    }
    count_done(false);
    slot.job.reset();
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
    const WorkerResult result = classify_worker(status, slot.job->watch.killed(), settings_.limits);
    if (slot.job->hashing) {
      // No digest, so no stored record: the manifest carries the error.
      run_.refused[slot.job->position] = {result.code, result.message};
      count_done(true);
    } else {
      finish(*slot.job, result, usage.ru_maxrss);
    }
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
    count_done(result.end != WorkerEnd::kRead);
    const double seconds = std::chrono::duration<double>(Clock::now() - job.watch.start()).count();
    run_.workers.push_back({path_text(path), seconds, peak_rss_kb});
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

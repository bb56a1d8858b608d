#include "cli/batch/isolated_read.h"

#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <stdexcept>

#include "cli/batch/job_watch.h"
#include "cli/batch/stop_signals.h"

namespace ogi {
namespace {

// How long to sleep in poll() when neither a deadline nor a memory check is due.
constexpr double kIdleWait = 5.0;

// A private folder for the worker's record file, removed with what is in it.
class TemporaryFolder {
 public:
  TemporaryFolder() {
    std::string pattern = (std::filesystem::temp_directory_path() / "ogi_extract_XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) {
      throw std::runtime_error(std::string("cannot make a temporary folder: ") +
                               std::strerror(errno));
    }
    path_ = pattern;
  }
  ~TemporaryFolder() {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
  TemporaryFolder(const TemporaryFolder&) = delete;
  TemporaryFolder& operator=(const TemporaryFolder&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// The worker, killed with its process group and reaped when it goes; wait() reaps it first
// when its status is wanted.
class WorkerGuard {
 public:
  explicit WorkerGuard(WorkerProcess worker) : worker_(std::move(worker)) {}
  ~WorkerGuard() {
    if (!reaped_) wait();
  }
  WorkerGuard(const WorkerGuard&) = delete;
  WorkerGuard& operator=(const WorkerGuard&) = delete;

  pid_t pid() const { return worker_.pid; }
  int channel() const { return worker_.channel.get(); }
  int wait() {
    kill(-worker_.pid, SIGKILL);  // a worker that closed its channel but lives on
    int status = 0;
    while (waitpid(worker_.pid, &status, 0) < 0 && errno == EINTR) {
    }
    reaped_ = true;
    return status;
  }

 private:
  WorkerProcess worker_;
  bool reaped_ = false;
};

enum class Wait { kReply, kDied, kStopped };

// Waits for the worker's reply while the watch enforces the limits.
Wait await_reply(const WorkerGuard& worker, JobWatch& watch, const StopSignals& signals,
                 WorkerReply& reply) {
  while (true) {
    pollfd watched[2] = {{signals.fd(), POLLIN, 0}, {worker.channel(), POLLIN, 0}};
    const double seconds = watch.seconds_to_next_check(kIdleWait);
    const int ready = poll(watched, 2, static_cast<int>(seconds * 1000));
    if (ready > 0 && watched[0].revents != 0) {
      signals.take();
      return Wait::kStopped;
    }
    if (ready > 0 && watched[1].revents != 0) {
      const std::optional<WorkerReply> got = receive_reply(worker.channel());
      if (!got) return Wait::kDied;
      reply = *got;
      return Wait::kReply;
    }
    watch.enforce();
  }
}

std::string read_text(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

}  // namespace

IsolatedRead read_isolated(const std::string& path, const WorkerLimits& limits) {
  const TemporaryFolder folder;
  const std::filesystem::path record_file = folder.path() / "record.json";
  // Blocked before the fork, so no stop signal falls between; the worker unblocks them.
  const StopSignals signals;
  std::optional<WorkerProcess> started = start_worker(limits, STDERR_FILENO, {});
  if (!started) {
    throw std::runtime_error(std::string("cannot start a worker: ") + std::strerror(errno));
  }
  WorkerGuard worker(std::move(*started));
  JobWatch watch(worker.pid(), limits);
  std::string sha256;
  WorkerReply reply;
  Wait end = Wait::kDied;
  if (send_job(worker.channel(), WorkerJob{path, "", ""})) {
    end = await_reply(worker, watch, signals, reply);
  }
  if (end == Wait::kReply) {
    sha256 = reply.sha256;
    // A file refused or unreadable: reading it in the worker makes its record say why.
    end = send_job(worker.channel(), WorkerJob{path, record_file.string(), sha256})
              ? await_reply(worker, watch, signals, reply)
              : Wait::kDied;
  }
  if (end == Wait::kStopped) return {"", true};
  WorkerResult result = end == Wait::kReply
                            ? classify_reply(reply)
                            : classify_worker(worker.wait(), watch.killed(), limits);
  if (result.end == WorkerEnd::kRead || result.end == WorkerEnd::kUnreadable) {
    std::string record = read_text(record_file);
    if (!record.empty()) return {std::move(record), false};
    result = {WorkerEnd::kFailed, "worker_failed", "the worker ended without a record"};
  }
  return {failure_record(path, sha256, result), false};
}

}  // namespace ogi

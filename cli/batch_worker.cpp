#include "cli/batch_worker.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <new>
#include <sstream>

#include "cli/batch_inputs.h"
#include "cli/batch_test_faults.h"
#include "cli/pipeline.h"
#include "output/corpus_file.h"
#include "output/report_json.h"

namespace ogi {
namespace {

// Worker exit statuses (beside 0 = record written, file read).
constexpr int kWorkerUnreadable = 2;  // record written, nothing of the file could be read
constexpr int kWorkerWriteFailed = 3;
constexpr int kWorkerOrphaned = 4;
constexpr int kWorkerOutOfMemory = 5;
constexpr int kWorkerException = 6;

void exit_out_of_memory() { _exit(kWorkerOutOfMemory); }

size_t address_space_bytes() {
  std::ifstream statm("/proc/self/statm");
  size_t pages = 0;
  statm >> pages;
  return pages * static_cast<size_t>(sysconf(_SC_PAGESIZE));
}

// The limit counts from the worker's own start size: a forked worker already maps the
// parent's address space, and sanitizer builds reserve terabytes of it up front.
void limit_resources(size_t max_memory_mb) {
  const rlimit no_core = {0, 0};
  setrlimit(RLIMIT_CORE, &no_core);
  if (max_memory_mb == 0) return;
  const rlim_t bytes = address_space_bytes() + static_cast<rlim_t>(max_memory_mb) * 1024 * 1024;
  const rlimit memory = {bytes, bytes};
  setrlimit(RLIMIT_AS, &memory);
  // operator new failing is the limit being hit; say so instead of letting process_file turn
  // it into an ordinary extraction error.
  std::set_new_handler(exit_out_of_memory);
}

void detach_from_parent(pid_t parent, int log_fd) {
  setpgid(0, 0);  // terminal signals (Ctrl-C) reach the batch only; it decides for workers
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (getppid() != parent) _exit(kWorkerOrphaned);  // the batch died before prctl
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, nullptr);
  const int null_fd = open("/dev/null", O_WRONLY);
  if (null_fd >= 0) dup2(null_fd, STDOUT_FILENO);
  if (log_fd >= 0) dup2(log_fd, STDERR_FILENO);
}

[[noreturn]] void run_worker(const std::string& path, const std::filesystem::path& record_file,
                             const WorkerLimits& limits, pid_t parent, int log_fd) {
  detach_from_parent(parent, log_fd);
  limit_resources(limits.max_memory_mb);
  inject_test_fault(path);
  try {
    const ProcessedFile processed = process_file(path);
    const std::string text =
        report_to_json(processed.report)
            .dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) +
        "\n";
    if (!write_file_atomically(record_file, text)) _exit(kWorkerWriteFailed);
    _exit(processed.unreadable ? kWorkerUnreadable : 0);
  } catch (...) {
    _exit(kWorkerException);
  }
}

std::string seconds_text(double seconds) {
  std::ostringstream text;
  text << seconds;
  return text.str();
}

std::string signal_text(int signal_number) {
  const char* name = sigabbrev_np(signal_number);
  std::string text = "signal " + std::to_string(signal_number);
  return name ? text + " (SIG" + name + ")" : text;
}

}  // namespace

pid_t start_worker(const std::string& path, const std::filesystem::path& record_file,
                   const WorkerLimits& limits, int log_fd) {
  const pid_t parent = getpid();
  const pid_t pid = fork();
  if (pid == 0) run_worker(path, record_file, limits, parent, log_fd);
  if (pid > 0) setpgid(pid, pid);  // also here, so the group exists before any kill(-pid)
  return pid;
}

WorkerResult classify_worker(int wait_status, bool timed_out, const WorkerLimits& limits) {
  WorkerResult result;
  if (timed_out && WIFSIGNALED(wait_status)) {
    result.end = WorkerEnd::kTimedOut;
    result.code = "timeout";
    result.message = "no record within --timeout " + seconds_text(limits.timeout_seconds) +
                     " s; the worker was killed";
  } else if (WIFSIGNALED(wait_status)) {
    result.end = WorkerEnd::kCrashed;
    result.code = "crashed";
    result.message = signal_text(WTERMSIG(wait_status));
  } else if (WEXITSTATUS(wait_status) == 0) {
    result.end = WorkerEnd::kRead;
  } else if (WEXITSTATUS(wait_status) == kWorkerUnreadable) {
    result.end = WorkerEnd::kUnreadable;
  } else if (WEXITSTATUS(wait_status) == kWorkerOutOfMemory) {
    result.end = WorkerEnd::kMemoryLimit;
    result.code = "memory_limit";
    result.message =
        "the worker needed more than --max-memory " + std::to_string(limits.max_memory_mb) + " MB";
  } else {
    result.end = WorkerEnd::kFailed;
    result.code = "worker_failed";
    result.message = "the worker exited with status " + std::to_string(WEXITSTATUS(wait_status));
  }
  return result;
}

std::string failure_record(const std::string& path, const std::string& sha256,
                           const WorkerResult& result) {
  Report report;
  report.source.path = path;
  report.source.sha256 = sha256;
  report.source.format = format_by_extension(path);
  report.errors.push_back({result.code, result.message});
  return report_to_json(report).dump(-1, ' ', false,
                                     nlohmann::ordered_json::error_handler_t::replace) +
         "\n";
}

}  // namespace ogi

#include "cli/batch/batch_worker.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <new>
#include <sstream>

#include "cli/batch/batch_inputs.h"
#include "cli/batch/batch_test_faults.h"
#include "cli/batch/worker_channel.h"
#include "extractors/file_deadline.h"
#include "model/path_text.h"
#include "output/corpus_file.h"
#include "output/report_json.h"
#include "pipeline/file_digest.h"
#include "pipeline/pipeline.h"

// Built with AddressSanitizer (gcc defines __SANITIZE_ADDRESS__, clang has __has_feature).
#if defined(__SANITIZE_ADDRESS__)
#define OGI_WORKER_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define OGI_WORKER_SANITIZED 1
#endif
#endif
#ifdef OGI_WORKER_SANITIZED
#include <sanitizer/common_interface_defs.h>
#endif

namespace ogi {
namespace {

// Worker exit statuses (beside 0 = record written, file read).
constexpr int kWorkerUnreadable = 2;  // record written, nothing of the file could be read
constexpr int kWorkerWriteFailed = 3;
constexpr int kWorkerOrphaned = 4;
constexpr int kWorkerOutOfMemory = 5;
constexpr int kWorkerException = 6;

void exit_out_of_memory() { _exit(kWorkerOutOfMemory); }

#ifdef OGI_WORKER_SANITIZED
// ASan reserves terabytes of address space for its shadow memory and reports allocation failures
// itself, so RLIMIT_AS is no limit there.
constexpr bool kSanitized = true;

// The sanitizers catch SIGSEGV and its kind to report them, and end the process after any report
// (ASan, or UBSan with -fno-sanitize-recover) with exit status 1. So that a worker's record says
// `crashed` with the signal, as in builds without them, the worker dies by the fault's signal, or
// by SIGABRT after a report without one, once the report is in workers.log.
constexpr int kFaultSignals[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL};
struct sigaction sanitizer_actions[std::size(kFaultSignals)];
volatile sig_atomic_t fault_signal = 0;

[[noreturn]] void die_by_signal() {
  const int signal_number = fault_signal != 0 ? fault_signal : SIGABRT;
  struct sigaction default_action = {};
  default_action.sa_handler = SIG_DFL;
  sigaction(signal_number, &default_action, nullptr);
  sigset_t unblock;
  sigemptyset(&unblock);
  sigaddset(&unblock, signal_number);
  sigprocmask(SIG_UNBLOCK, &unblock, nullptr);
  raise(signal_number);
  _exit(128 + signal_number);
}

// Notes the signal, then lets the sanitizer's handler report it (it ends in die_by_signal).
void note_fault(int signal_number, siginfo_t* info, void* context) {
  fault_signal = signal_number;
  for (size_t i = 0; i < std::size(kFaultSignals); ++i) {
    if (kFaultSignals[i] != signal_number) continue;
    const struct sigaction& previous = sanitizer_actions[i];
    if ((previous.sa_flags & SA_SIGINFO) != 0) {
      previous.sa_sigaction(signal_number, info, context);
    } else if (previous.sa_handler != SIG_DFL && previous.sa_handler != SIG_IGN) {
      previous.sa_handler(signal_number);
    }
  }
  die_by_signal();
}

void die_by_signal_after_sanitizer_reports() {
  __sanitizer_set_death_callback(die_by_signal);
  for (size_t i = 0; i < std::size(kFaultSignals); ++i) {
    struct sigaction action = {};
    action.sa_sigaction = note_fault;
    action.sa_flags = SA_SIGINFO | SA_NODEFER | SA_ONSTACK;  // ASan's alternate stack
    sigemptyset(&action.sa_mask);
    sigaction(kFaultSignals[i], &action, &sanitizer_actions[i]);
  }
}
#else
constexpr bool kSanitized = false;
void die_by_signal_after_sanitizer_reports() {}
#endif

// Field `field` (0: size, 1: resident) of /proc/<pid>/statm in bytes; 0 when unreadable.
size_t statm_bytes(const std::string& file, int field) {
  const int fd = open(file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return 0;
  char text[128];
  const ssize_t length = read(fd, text, sizeof text - 1);
  close(fd);
  if (length <= 0) return 0;
  text[length] = '\0';
  unsigned long long size = 0, resident = 0;
  if (std::sscanf(text, "%llu %llu", &size, &resident) != 2) return 0;
  return static_cast<size_t>(field == 0 ? size : resident) *
         static_cast<size_t>(sysconf(_SC_PAGESIZE));
}

// The limit itself is the batch's watch over the worker's resident memory (the same in every
// build). Here: no core dumps and, without sanitizers, an address-space ceiling of twice the
// limit above the worker's start size (a forked worker already maps the parent's address space)
// for a worker that allocates faster than the batch looks; operator new failing against it
// exits with kWorkerOutOfMemory instead of becoming an ordinary extraction error.
void limit_resources(size_t max_memory_mb) {
  const rlimit no_core = {0, 0};
  setrlimit(RLIMIT_CORE, &no_core);
  if (max_memory_mb == 0 || kSanitized) return;
  const rlim_t bytes =
      statm_bytes("/proc/self/statm", 0) + 2 * static_cast<rlim_t>(max_memory_mb) * 1024 * 1024;
  const rlimit memory = {bytes, bytes};
  setrlimit(RLIMIT_AS, &memory);
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

// Peak resident memory since the last reset_peak_memory(), from /proc/self/status (VmHWM).
long peak_rss_kb() {
  FILE* status = std::fopen("/proc/self/status", "re");
  if (!status) return 0;
  char line[256];
  long kb = 0;
  while (std::fgets(line, sizeof line, status)) {
    if (std::sscanf(line, "VmHWM: %ld kB", &kb) == 1) break;
  }
  std::fclose(status);
  return kb;
}

// So that the peak memory reported for a file is that file's, not the worker's life's.
void reset_peak_memory() {
  const int fd = open("/proc/self/clear_refs", O_WRONLY | O_CLOEXEC);
  if (fd < 0) return;
  [[maybe_unused]] const ssize_t written = write(fd, "5", 1);
  close(fd);
}

int read_one(const WorkerJob& job) {
  inject_test_fault(job.path);
  try {
    const ProcessedFile processed = process_file(job.path, job.sha256);
    const std::string text =
        report_to_json(processed.report)
            .dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) +
        "\n";
    if (!write_file_atomically(job.record_file, text)) return kWorkerWriteFailed;
    return processed.unreadable ? kWorkerUnreadable : 0;
  } catch (...) {
    return kWorkerException;
  }
}

// A hash job: the digest in the reply, "" when the file is refused or a read fails (the batch
// then says why from its own checks).
void hash_one(const std::string& path, WorkerReply& reply) {
  const std::string sha256 = file_sha256(path);
  sha256.copy(reply.sha256, sizeof reply.sha256 - 1);
  reply.status = sha256.empty() ? kWorkerUnreadable : 0;
}

[[noreturn]] void serve_jobs(int channel, const WorkerLimits& limits, pid_t parent, int log_fd) {
  detach_from_parent(parent, log_fd);
  die_by_signal_after_sanitizer_reports();
  limit_resources(limits.max_memory_mb);
  while (const std::optional<WorkerJob> job = receive_job(channel)) {
    reset_peak_memory();
    WorkerReply reply;
    if (job->record_file.empty()) {
      hash_one(job->path, reply);
    } else {
      // A converter the file starts is stopped before the watch kills this worker's group.
      set_file_time_limit(limits.timeout_seconds);
      reply.status = read_one(*job);
    }
    reply.peak_rss_kb = peak_rss_kb();
    if (!send_reply(channel, reply)) _exit(kWorkerOrphaned);
  }
  _exit(0);  // the batch closed the channel: no more work
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

WorkerResult memory_limit(const WorkerLimits& limits) {
  return {
      WorkerEnd::kMemoryLimit, "memory_limit",
      "the worker needed more than --max-memory " + std::to_string(limits.max_memory_mb) + " MB"};
}

}  // namespace

std::optional<WorkerProcess> start_worker(const WorkerLimits& limits, int log_fd,
                                          const std::vector<int>& not_inherited) {
  UniqueFd ends[2];
  if (!make_channel(ends)) return std::nullopt;
  const pid_t parent = getpid();
  const pid_t pid = fork();
  if (pid == 0) {
    for (int fd : not_inherited) close(fd);
    ends[0].reset();
    serve_jobs(ends[1].get(), limits, parent, log_fd);
  }
  if (pid < 0) return std::nullopt;
  setpgid(pid, pid);  // also here, so the group exists before any kill(-pid)
  return WorkerProcess{pid, std::move(ends[0])};
}

size_t worker_resident_bytes(pid_t pid) {
  return statm_bytes(pid == 0 ? "/proc/self/statm" : "/proc/" + std::to_string(pid) + "/statm", 1);
}

WorkerResult classify_reply(const WorkerReply& reply) {
  switch (reply.status) {
    case 0:
      return {WorkerEnd::kRead, "", ""};
    case kWorkerUnreadable:
      return {WorkerEnd::kUnreadable, "", ""};
    case kWorkerWriteFailed:
      return {WorkerEnd::kFailed, "worker_failed", "the worker could not write the record"};
    default:
      return {WorkerEnd::kFailed, "worker_failed", "the pipeline failed with an exception"};
  }
}

WorkerResult classify_worker(int wait_status, WorkerKill killed, const WorkerLimits& limits) {
  WorkerResult result;
  if (!WIFSIGNALED(wait_status)) {
    // A worker exits mid-file only when operator new failed against its address-space limit
    // or when something broke.
    const int status = WEXITSTATUS(wait_status);
    if (status == kWorkerOutOfMemory) return memory_limit(limits);
    result.end = WorkerEnd::kFailed;
    result.code = "worker_failed";
    result.message =
        "the worker ended without a record (exit status " + std::to_string(status) + ")";
    return result;
  }
  if (killed == WorkerKill::kTimeout) {
    result.end = WorkerEnd::kTimedOut;
    result.code = "timeout";
    result.message = "no record within --timeout " + seconds_text(limits.timeout_seconds) +
                     " s; the worker was killed";
  } else if (killed == WorkerKill::kMemory) {
    result = memory_limit(limits);
  } else {
    result.end = WorkerEnd::kCrashed;
    result.code = "crashed";
    result.message = signal_text(WTERMSIG(wait_status));
  }
  return result;
}

std::string failure_record(const std::string& path, const std::string& sha256,
                           const WorkerResult& result) {
  Report report;
  report.source.path = path_text(path);
  report.source.sha256 = sha256;
  report.source.format = format_by_extension(path);
  report.errors.push_back({result.code, result.message});
  return report_to_json(report).dump(-1, ' ', false,
                                     nlohmann::ordered_json::error_handler_t::replace) +
         "\n";
}

}  // namespace ogi

#pragma once

// `ogi extract PATH` in a child process under /usr/bin/time, for the tests that bound a file's
// time and peak memory (bad_input_test, read_limits_test).
#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <thread>

#include "tests/support/scratch_dir.h"
#include "tests/support/test_paths.h"

namespace ogi::testing {

// The bounds every hostile input must keep in `ogi extract` and in a batch worker: seconds of
// processor time (ChildRun::cpu_seconds), peak resident memory.
inline constexpr double kMaxHostileSeconds = time_bound(5.0);
inline constexpr long kMaxHostilePeakKib = 500 * 1024;

struct ChildRun {
  int exit_code = -1;       // -1 when killed or not exited normally
  std::string out;          // stdout then stderr
  std::string stdout_text;  // stdout alone
  std::string err;          // stderr alone
  long peak_kib = -1;       // peak resident memory of `ogi`, -1 when unmeasured
  double seconds = 0;       // wall clock
  // Processor time of `ogi` and the workers it waited for, -1 when unmeasured: the work a hostile
  // input cost, which, unlike the wall clock, a loaded machine does not stretch.
  double cpu_seconds = -1;
};

inline std::string read_whole(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// `ogi extract PATH`; killed after 60 s so a hang fails instead of blocking.
inline ChildRun run_ogi_extract(const std::string& path, const ScratchDir& dir) {
  const std::string out_path = dir.path("child.out");
  const std::string err_path = dir.path("child.err");
  const auto start = std::chrono::steady_clock::now();
  const pid_t pid = ::fork();
  if (pid == 0) {
    const int out = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const int err = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    ::dup2(out, STDOUT_FILENO);
    ::dup2(err, STDERR_FILENO);
    // Measured by /usr/bin/time rather than this process's wait4: a forked child's ru_maxrss
    // counts the test process's pages it started as, before exec replaced them.
    const std::string binary = ogi_binary();
    ::execl("/usr/bin/time", "time", "-f", "OGI_PEAK_KIB=%M OGI_CPU=%U %S", binary.c_str(),
            "extract", path.c_str(), static_cast<char*>(nullptr));
    ::_exit(127);
  }
  ChildRun run;
  int status = 0;
  rusage usage{};
  while (::wait4(pid, &status, WNOHANG, &usage) == 0) {
    if (std::chrono::steady_clock::now() - start > std::chrono::seconds(60)) {
      ::kill(pid, SIGKILL);
      ::wait4(pid, &status, 0, &usage);
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  run.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.err = read_whole(err_path);
  run.stdout_text = read_whole(out_path);
  run.out = run.stdout_text + run.err;
  const std::size_t peak = run.out.rfind("OGI_PEAK_KIB=");
  if (peak != std::string::npos) run.peak_kib = std::stol(run.out.substr(peak + 13));
  const std::size_t cpu = run.out.rfind("OGI_CPU=");
  if (cpu != std::string::npos) {
    std::istringstream times(run.out.substr(cpu + 8));
    double user = 0, system = 0;
    if (times >> user >> system) run.cpu_seconds = user + system;
  }
  return run;
}

}  // namespace ogi::testing

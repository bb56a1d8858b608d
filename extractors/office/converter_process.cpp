#include "extractors/office/converter_process.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <thread>

#include "extractors/extract_error.h"

namespace ogi {
namespace {

// How often the deadline is looked at: a conversion takes seconds.
constexpr auto kPollInterval = std::chrono::milliseconds(20);

// Only async-signal-safe calls between fork and exec: the parent may have threads (OCR).
[[noreturn]] void become_converter(const char* program, char* const* argv, int log_fd, pid_t parent,
                                   std::uint64_t address_space_bytes) {
  setpgid(0, 0);
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (getppid() != parent) _exit(127);  // the parent died before prctl
  sigset_t none;
  sigemptyset(&none);
  sigprocmask(SIG_SETMASK, &none, nullptr);
  struct sigaction default_action {};
  default_action.sa_handler = SIG_DFL;
  sigaction(SIGPIPE, &default_action, nullptr);
  // Never above the ceiling the process already has (a batch worker's): it cannot be raised.
  rlimit memory{};
  getrlimit(RLIMIT_AS, &memory);
  if (memory.rlim_max == RLIM_INFINITY || address_space_bytes < memory.rlim_max) {
    memory.rlim_cur = memory.rlim_max = address_space_bytes;
  } else {
    memory.rlim_cur = memory.rlim_max;
  }
  setrlimit(RLIMIT_AS, &memory);
  const int null_fd = open("/dev/null", O_RDONLY);
  if (null_fd >= 0) dup2(null_fd, STDIN_FILENO);
  dup2(log_fd, STDOUT_FILENO);
  dup2(log_fd, STDERR_FILENO);
  // A batch worker's channel held open by the converter would hide the worker's death.
  close_range(3, ~0u, 0);
  execv(program, argv);
  _exit(127);
}

}  // namespace

ConverterProcess::ConverterProcess(const std::string& program,
                                   const std::vector<std::string>& arguments,
                                   const std::string& log_path, std::uint64_t address_space_bytes) {
  std::vector<std::string> words = {program};
  words.insert(words.end(), arguments.begin(), arguments.end());
  std::vector<char*> argv;
  for (std::string& word : words) argv.push_back(word.data());
  argv.push_back(nullptr);
  const int log_fd = open(log_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (log_fd < 0) {
    throw ExtractError("converter_failed",
                       "cannot write the converter's log: " + std::string(std::strerror(errno)));
  }
  const pid_t parent = getpid();
  pid_ = fork();
  if (pid_ == 0)
    become_converter(program.c_str(), argv.data(), log_fd, parent, address_space_bytes);
  const int fork_error = errno;
  close(log_fd);
  if (pid_ < 0) {
    throw ExtractError("converter_failed",
                       "cannot start " + program + ": " + std::strerror(fork_error));
  }
  setpgid(pid_, pid_);  // also here, so the group exists before any kill of it
}

ConverterProcess::~ConverterProcess() {
  if (!reaped_ && pid_ > 0) {
    kill_group();
    int status = 0;
    while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
  }
}

void ConverterProcess::kill_group() {
  if (pid_ > 0) kill(-pid_, SIGKILL);  // ESRCH once every process of the group has ended
}

ConverterEnd ConverterProcess::wait_until(std::chrono::steady_clock::time_point deadline) {
  ConverterEnd end;
  while (!reaped_) {
    const pid_t ended = waitpid(pid_, &end.wait_status, WNOHANG);
    if (ended == pid_ || (ended < 0 && errno != EINTR)) {
      reaped_ = true;
      break;
    }
    if (std::chrono::steady_clock::now() >= deadline) {
      end.timed_out = true;
      kill_group();
      waitpid(pid_, &end.wait_status, 0);
      reaped_ = true;
      break;
    }
    std::this_thread::sleep_for(kPollInterval);
  }
  // A helper the converter left behind (soffice.bin after its launcher) ends with the file.
  kill_group();
  return end;
}

}  // namespace ogi

#include "cli/batch/stop_signals.h"

#include <sys/signalfd.h>
#include <unistd.h>

namespace ogi {

StopSignals::StopSignals() {
  sigemptyset(&set_);
  for (int signal_number : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&set_, signal_number);
  sigprocmask(SIG_BLOCK, &set_, &previous_);
  fd_.reset(signalfd(-1, &set_, SFD_CLOEXEC | SFD_NONBLOCK));
}

int StopSignals::take() const {
  signalfd_siginfo info{};
  if (read(fd_.get(), &info, sizeof info) != static_cast<ssize_t>(sizeof info)) return 0;
  return static_cast<int>(info.ssi_signo);
}

StopSignals::~StopSignals() { sigprocmask(SIG_SETMASK, &previous_, nullptr); }

}  // namespace ogi

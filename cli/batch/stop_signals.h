#pragma once

#include <signal.h>

#include "cli/batch/worker_channel.h"

namespace ogi {

// SIGINT, SIGTERM and SIGHUP blocked for the object's life and readable from a signalfd that
// waits beside the workers' channels in one poll(), so that the stop happens at a well-defined
// point of the waiting loop (workers killed, temporaries removed) instead of in a handler. The
// previous signal mask comes back when it goes.
class StopSignals {
 public:
  StopSignals();
  ~StopSignals();
  StopSignals(const StopSignals&) = delete;
  StopSignals& operator=(const StopSignals&) = delete;

  int fd() const { return fd_.get(); }
  // The stop signal that arrived (read from the signalfd, so it is not delivered again when the
  // mask comes back), 0 when none did.
  int take() const;

 private:
  sigset_t set_;
  sigset_t previous_;
  UniqueFd fd_;
};

}  // namespace ogi

#pragma once

#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <string>
#include <vector>

namespace ogi {

// How a converter process ended.
struct ConverterEnd {
  bool timed_out = false;  // killed at its deadline
  int wait_status = 0;     // waitpid's status when it ended on its own
};

// An external converter (LibreOffice) run in a process group of its own, so that it and every
// process it starts (soffice starts soffice.bin) are killed together: at the deadline, and when
// this object goes out of scope before the converter ended. It dies with the process that started
// it (PR_SET_PDEATHSIG), inherits no file descriptor but its output, which goes to `log_path`, and
// may map at most `address_space_bytes` (RLIMIT_AS; a lower ceiling the process already has,
// a batch worker's from --max-memory, stays). Throws ExtractError("converter_failed") when it
// cannot start.
class ConverterProcess {
 public:
  ConverterProcess(const std::string& program, const std::vector<std::string>& arguments,
                   const std::string& log_path, std::uint64_t address_space_bytes);
  ~ConverterProcess();
  ConverterProcess(const ConverterProcess&) = delete;
  ConverterProcess& operator=(const ConverterProcess&) = delete;

  // Waits for the converter to end, or kills its group at `deadline`.
  ConverterEnd wait_until(std::chrono::steady_clock::time_point deadline);

 private:
  void kill_group();

  pid_t pid_ = -1;
  bool reaped_ = false;
};

}  // namespace ogi

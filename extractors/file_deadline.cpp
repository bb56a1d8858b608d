#include "extractors/file_deadline.h"

#include <algorithm>
#include <optional>

namespace ogi {
namespace {

using Clock = std::chrono::steady_clock;

// The worker's watch looks every few tens of milliseconds; stopping a converter and reading what
// is left takes well under a second.
constexpr auto kStopBeforeDeadline = std::chrono::seconds(1);

std::optional<Clock::time_point>& file_deadline() {
  static std::optional<Clock::time_point> deadline;
  return deadline;
}

}  // namespace

void set_file_time_limit(double seconds) {
  if (seconds <= 0) {
    file_deadline().reset();
    return;
  }
  file_deadline() = Clock::now() + std::chrono::duration_cast<Clock::duration>(
                                       std::chrono::duration<double>(seconds));
}

Clock::time_point work_deadline(std::chrono::seconds cap) {
  const Clock::time_point capped = Clock::now() + cap;
  if (!file_deadline()) return capped;
  return std::min(capped, *file_deadline() - kStopBeforeDeadline);
}

}  // namespace ogi

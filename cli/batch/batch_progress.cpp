#include "cli/batch/batch_progress.h"

#include <unistd.h>

#include <cstdio>
#include <string>

namespace ogi {
namespace {

constexpr auto kRedrawInterval = std::chrono::milliseconds(100);

std::string duration_text(double seconds) {
  const long total = static_cast<long>(seconds + 0.5);
  char text[32];
  if (total >= 3600) {
    std::snprintf(text, sizeof text, "%ld:%02ld:%02ld", total / 3600, total / 60 % 60, total % 60);
  } else {
    std::snprintf(text, sizeof text, "%ld:%02ld", total / 60, total % 60);
  }
  return text;
}

}  // namespace

bool stderr_is_terminal() { return isatty(STDERR_FILENO) == 1; }

BatchProgress::BatchProgress(bool enabled) : enabled_(enabled), start_(Clock::now()) {}

void BatchProgress::update(const BatchCounts& counts, bool force) {
  if (!enabled_) return;
  const Clock::time_point now = Clock::now();
  if (!force && drawn_ && now - last_draw_ < kRedrawInterval) return;
  last_draw_ = now;
  drawn_ = true;
  const double elapsed = std::chrono::duration<double>(now - start_).count();
  // Rate over files a worker ran for: resumed and duplicate inputs cost next to nothing.
  const double rate = elapsed > 0 ? counts.processed / elapsed : 0;
  std::string eta = "--:--";
  if (rate > 0) eta = duration_text((counts.total - counts.done) / rate);
  std::fprintf(stderr, "\r\033[K%zu/%zu files  %.1f files/s  ETA %s  %zu error%s", counts.done,
               counts.total, rate, eta.c_str(), counts.errors, counts.errors == 1 ? "" : "s");
  std::fflush(stderr);
}

void BatchProgress::clear() {
  if (!enabled_ || !drawn_) return;
  std::fputs("\r\033[K", stderr);
  std::fflush(stderr);
  drawn_ = false;
}

}  // namespace ogi

#include "extractors/ocr/image/captured_stderr.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cstdio>
#include <sstream>

namespace ogi {
namespace {

constexpr std::size_t kKeptBytes = 4096;
constexpr std::size_t kComplaintBytes = 160;

std::mutex& capture_mutex() {
  static std::mutex mutex;
  return mutex;
}

}  // namespace

CapturedStderr::CapturedStderr() : lock_(capture_mutex()) {
  std::fflush(stderr);
  capture_ = ::memfd_create("ogi-stderr", MFD_CLOEXEC);
  if (capture_ < 0) return;  // nothing captured: stderr stays as it is
  saved_ = ::dup(STDERR_FILENO);
  if (saved_ < 0 || ::dup2(capture_, STDERR_FILENO) < 0) {
    if (saved_ >= 0) ::close(saved_);
    ::close(capture_);
    saved_ = capture_ = -1;
  }
}

CapturedStderr::~CapturedStderr() { finish(); }

std::string CapturedStderr::finish() {
  if (saved_ < 0) return "";
  std::fflush(stderr);
  ::dup2(saved_, STDERR_FILENO);
  ::close(saved_);
  saved_ = -1;
  std::string text(kKeptBytes, '\0');
  const ssize_t got = ::pread(capture_, text.data(), text.size(), 0);
  text.resize(got > 0 ? static_cast<std::size_t>(got) : 0);
  ::close(capture_);
  capture_ = -1;
  if (lock_.owns_lock()) lock_.unlock();
  return text;
}

std::string decoder_complaint(const std::string& said) {
  std::istringstream lines(said);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.empty() || line.starts_with("Error in ") || line.starts_with("Warning in ")) continue;
    if (line.size() > kComplaintBytes) line.resize(kComplaintBytes);
    return line;
  }
  return "";
}

}  // namespace ogi

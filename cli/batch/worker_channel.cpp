#include "cli/batch/worker_channel.h"

#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace ogi {
namespace {

// Paths longer than this are no path this system can open; a longer length is a broken stream.
constexpr std::uint32_t kMaxText = 1 << 16;

bool send_all(int fd, const void* data, size_t size) {
  const char* at = static_cast<const char*>(data);
  while (size > 0) {
    const ssize_t sent = send(fd, at, size, MSG_NOSIGNAL);
    if (sent < 0 && errno == EINTR) continue;
    if (sent <= 0) return false;
    at += sent;
    size -= static_cast<size_t>(sent);
  }
  return true;
}

// False at the end of the stream or on an error, also when only part of `size` arrived.
bool receive_all(int fd, void* data, size_t size) {
  char* at = static_cast<char*>(data);
  while (size > 0) {
    const ssize_t got = recv(fd, at, size, 0);
    if (got < 0 && errno == EINTR) continue;
    if (got <= 0) return false;
    at += got;
    size -= static_cast<size_t>(got);
  }
  return true;
}

bool send_text(int fd, const std::string& text) {
  const auto length = static_cast<std::uint32_t>(text.size());
  return length <= kMaxText && send_all(fd, &length, sizeof length) &&
         send_all(fd, text.data(), text.size());
}

std::optional<std::string> receive_text(int fd) {
  std::uint32_t length = 0;
  if (!receive_all(fd, &length, sizeof length) || length > kMaxText) return std::nullopt;
  std::string text(length, '\0');
  if (!receive_all(fd, text.data(), length)) return std::nullopt;
  return text;
}

}  // namespace

void UniqueFd::reset(int fd) {
  if (fd_ >= 0) close(fd_);
  fd_ = fd;
}

bool make_channel(UniqueFd (&ends)[2]) {
  int fds[2];
  if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) != 0) return false;
  ends[0].reset(fds[0]);
  ends[1].reset(fds[1]);
  return true;
}

bool send_job(int channel, const WorkerJob& job) {
  return send_text(channel, job.path) && send_text(channel, job.record_file) &&
         send_text(channel, job.sha256);
}

std::optional<WorkerReply> receive_reply(int channel) {
  WorkerReply reply;
  if (!receive_all(channel, &reply, sizeof reply)) return std::nullopt;
  return reply;
}

std::optional<WorkerJob> receive_job(int channel) {
  std::optional<std::string> path = receive_text(channel);
  if (!path) return std::nullopt;
  std::optional<std::string> record_file = receive_text(channel);
  if (!record_file) return std::nullopt;
  std::optional<std::string> sha256 = receive_text(channel);
  if (!sha256) return std::nullopt;
  return WorkerJob{std::move(*path), std::move(*record_file), std::move(*sha256)};
}

bool send_reply(int channel, const WorkerReply& reply) {
  return send_all(channel, &reply, sizeof reply);
}

}  // namespace ogi

#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace ogi {

// An owned file descriptor, closed when it goes.
class UniqueFd {
 public:
  UniqueFd() = default;
  explicit UniqueFd(int fd) : fd_(fd) {}
  ~UniqueFd() { reset(); }
  UniqueFd(UniqueFd&& other) noexcept : fd_(other.release()) {}
  UniqueFd& operator=(UniqueFd&& other) noexcept {
    if (this != &other) reset(other.release());
    return *this;
  }
  UniqueFd(const UniqueFd&) = delete;
  UniqueFd& operator=(const UniqueFd&) = delete;

  int get() const { return fd_; }
  int release() {
    const int fd = fd_;
    fd_ = -1;
    return fd;
  }
  void reset(int fd = -1);

 private:
  int fd_ = -1;
};

// What the batch asks of a worker. With `record_file` empty: hash `path` and reply with its
// SHA-256 (the batch decides from it whether the file is to be read: resumed, duplicate). Else:
// read `path`, whose digest is `sha256`, and write its record atomically to `record_file`.
// Hashing in the worker keeps the batch itself from reading input bytes: the worker's time and
// memory limits hold while it hashes, and the batch keeps answering signals.
struct WorkerJob {
  std::string path;
  std::string record_file;
  std::string sha256;
};

// What the worker answers once the file is hashed, or its record written (or could not be).
struct WorkerReply {
  std::int32_t status = 0;       // a worker exit status (batch_worker.cpp), 0: done
  std::int64_t peak_rss_kb = 0;  // for this file alone
  char sha256[65] = {};          // a hash job's lowercase hex digest, "" when it failed
};

// Both ends of a stream socket pair (close-on-exec): [0] for the batch, [1] for the worker.
// False when it could not be made.
bool make_channel(UniqueFd (&ends)[2]);

// The batch's side. Never raises SIGPIPE: a worker that died makes them fail instead.
bool send_job(int channel, const WorkerJob& job);
// nullopt when the worker ended (or broke the protocol) before replying.
std::optional<WorkerReply> receive_reply(int channel);

// The worker's side. nullopt at the end of the stream: the batch has no more work for it.
std::optional<WorkerJob> receive_job(int channel);
bool send_reply(int channel, const WorkerReply& reply);

}  // namespace ogi

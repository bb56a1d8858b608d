#include "cli/batch/batch_store.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>

#include "output/corpus_file.h"

namespace ogi {
namespace {

namespace fs = std::filesystem;

int lock_folder(const fs::path& out_dir) {
  const fs::path lock_path = out_dir / ".lock";
  const int fd = open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) throw std::runtime_error(lock_path.string() + ": cannot open the lock file");
  if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
    close(fd);
    throw std::runtime_error(out_dir.string() + ": another ogi batch or merge is writing here");
  }
  return fd;
}

void remove_temporaries_in(const fs::path& folder) {
  std::error_code error;
  for (const fs::directory_entry& entry : fs::directory_iterator(folder, error)) {
    if (is_temporary_name(entry.path().filename().string())) fs::remove(entry.path(), error);
  }
}

}  // namespace

fs::path record_file(const fs::path& out_dir, const std::string& sha256) {
  return out_dir / "records" / (sha256 + ".json");
}

RecordStore::RecordStore(fs::path out_dir) : out_dir_(std::move(out_dir)) {
  std::error_code error;
  fs::create_directories(out_dir_ / "records", error);
  if (error) throw std::runtime_error(out_dir_.string() + ": " + error.message());
  lock_fd_ = lock_folder(out_dir_);
  remove_temporaries();
}

RecordStore::~RecordStore() {
  if (lock_fd_ >= 0) close(lock_fd_);
}

bool RecordStore::has(const std::string& sha256) const {
  std::error_code error;
  const auto size = fs::file_size(record_path(sha256), error);
  return !error && size > 0;
}

bool RecordStore::worker_failed(const std::string& sha256) const {
  static const std::set<std::string> kWorkerCodes = {"timeout", "crashed", "memory_limit",
                                                     "worker_failed"};
  std::ifstream in(record_path(sha256), std::ios::binary);
  const auto record = nlohmann::json::parse(in, nullptr, false);
  if (record.is_discarded() || !record.contains("errors")) return false;
  for (const auto& error : record["errors"]) {
    if (kWorkerCodes.count(error.value("code", "")) > 0) return true;
  }
  return false;
}

void RecordStore::remove_temporaries() const {
  remove_temporaries_in(out_dir_);
  remove_temporaries_in(out_dir_ / "records");
}

}  // namespace ogi

#pragma once

#include <filesystem>
#include <string>

namespace ogi {

// DIR/records/<sha256>.json: one finished record per distinct file, the unit of resumption.
std::filesystem::path record_file(const std::filesystem::path& out_dir, const std::string& sha256);

// The --out folder of a batch or merge, held for the lifetime of the object: an exclusive lock
// (flock on DIR/.lock, released by the kernel even when the process is killed) keeps two runs
// from writing one folder, and leftovers of a killed run (temporary files) are swept away.
class RecordStore {
 public:
  // Throws std::runtime_error when the folder cannot be created or another run holds it.
  explicit RecordStore(std::filesystem::path out_dir);
  ~RecordStore();
  RecordStore(const RecordStore&) = delete;
  RecordStore& operator=(const RecordStore&) = delete;

  const std::filesystem::path& out_dir() const { return out_dir_; }
  std::filesystem::path record_path(const std::string& sha256) const {
    return record_file(out_dir_, sha256);
  }
  // A finished record exists (records are renamed into place whole, so existing means done).
  bool has(const std::string& sha256) const;
  // The stored record says its worker crashed, hung, ran out of memory or failed: a cause that
  // a rerun with other limits (--retry-failed) may remove.
  bool worker_failed(const std::string& sha256) const;
  // Removes temporary files of writers that were killed (workers, corpus files).
  void remove_temporaries() const;

 private:
  std::filesystem::path out_dir_;
  int lock_fd_ = -1;
};

}  // namespace ogi

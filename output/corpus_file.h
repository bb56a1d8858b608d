#pragma once

#include <filesystem>
#include <fstream>
#include <string>

namespace ogi {

// An output file that appears complete or not at all: written to a temporary name beside the
// target and renamed over it by commit(). An abandoned file (exception, early return) removes
// its temporary, so an interrupted run never leaves half a corpus file under the real name.
class AtomicFile {
 public:
  explicit AtomicFile(std::filesystem::path target);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  std::ofstream& stream() { return stream_; }
  // For files another library writes (SQLite): close our handle and let it open this path.
  const std::filesystem::path& temporary_path() const { return temporary_; }
  void close_stream() { stream_.close(); }
  // Flushes and renames; throws std::runtime_error when the data could not be written.
  void commit();

 private:
  std::filesystem::path target_;
  std::filesystem::path temporary_;
  std::ofstream stream_;
  bool committed_ = false;
};

// Writes `text` to `target` atomically (temporary + rename); false when it could not.
bool write_file_atomically(const std::filesystem::path& target, const std::string& text);

// The temporary name AtomicFile uses for `target`, so a later run can sweep leftovers of a
// killed one: "<name>.tmp.<pid>".
bool is_temporary_name(const std::string& file_name);

}  // namespace ogi

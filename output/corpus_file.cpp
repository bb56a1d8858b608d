#include "output/corpus_file.h"

#include <unistd.h>

#include <stdexcept>
#include <string>

namespace ogi {
namespace {

constexpr std::string_view kTemporaryMarker = ".tmp.";

// The pid keeps two processes writing the same target (a worker and a rerun, two workers on
// one duplicated file) from sharing a temporary.
std::filesystem::path temporary_for(const std::filesystem::path& target) {
  return target.string() + std::string(kTemporaryMarker) + std::to_string(getpid());
}

}  // namespace

AtomicFile::AtomicFile(std::filesystem::path target)
    : target_(std::move(target)), temporary_(temporary_for(target_)) {
  stream_.open(temporary_, std::ios::binary | std::ios::trunc);
  if (!stream_) throw std::runtime_error(temporary_.string() + ": cannot create");
}

AtomicFile::~AtomicFile() {
  if (committed_) return;
  stream_.close();
  std::error_code ignored;
  std::filesystem::remove(temporary_, ignored);
}

void AtomicFile::commit() {
  if (stream_.is_open()) {
    stream_.flush();
    if (!stream_) throw std::runtime_error(temporary_.string() + ": cannot write");
    stream_.close();
  }
  std::error_code error;
  std::filesystem::rename(temporary_, target_, error);
  if (error) throw std::runtime_error(target_.string() + ": " + error.message());
  committed_ = true;
}

bool write_file_atomically(const std::filesystem::path& target, const std::string& text) {
  try {
    AtomicFile file(target);
    file.stream() << text;
    file.commit();
    return true;
  } catch (const std::exception&) {
    return false;
  }
}

bool is_temporary_name(const std::string& file_name) {
  return file_name.find(kTemporaryMarker) != std::string::npos;
}

}  // namespace ogi

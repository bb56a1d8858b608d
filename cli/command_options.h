#pragma once

// What the command line (cli/front, the `ogi` executable) hands to the commands' work
// (cli/commands.h, in ogi_commands.so): plain values, so that the front parses and prints help
// without loading any of the libraries the work needs.
#include <cstddef>
#include <string>
#include <thread>
#include <vector>

namespace ogi {

// Exit codes of every command.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;  // batch/merge: the outputs could not be written
inline constexpr int kExitUnreadable = 2;
inline constexpr int kExitUsage = 64;
inline constexpr int kExitInterrupted = 130;  // batch stopped by a signal; rerun to resume

// The inputs every command that takes report files reads; one text so that the help of each
// command names the same formats.
inline constexpr const char* kReportFormats =
    "DOCX, HTML/HTM (UTF-8 or GBK), TXT text dumps, PDF (born-digital or scanned), "
    "PNG/JPEG/TIFF scans";

struct ExtractOptions {
  std::vector<std::string> files;
  std::string out_dir;
  double timeout_seconds = 0;     // 0: none
  std::size_t max_memory_mb = 0;  // 0: none
  bool bounded() const { return timeout_seconds > 0 || max_memory_mb > 0; }
};

struct CheckOptions {
  std::string file;
};

struct EvalOptions {
  std::string truth_dir;
  std::string out_dir;
  bool verbose = false;
};

struct DebugOptions {
  std::string file;
  std::string png_dir;
  double dpi = 110;
  bool runs = false;
};

struct AuditOptions {
  std::vector<std::string> files;
  std::string out_dir;
};

// One worker per core; 1 where the count is unknown.
inline std::size_t default_jobs() {
  const unsigned cores = std::thread::hardware_concurrency();
  return cores > 0 ? cores : 1;
}

struct BatchOptions {
  std::vector<std::string> inputs;
  std::string out_dir;
  std::size_t jobs = default_jobs();
  double timeout_seconds = 120;
  std::size_t max_memory_mb = 2048;
  std::string shard = "1/1";
  bool retry_failed = false;
  std::size_t files_per_worker = 100;
  bool quiet = false;
  bool audit = false;
};

struct MergeOptions {
  std::string out_dir;
  std::vector<std::string> shard_dirs;
  bool quiet = false;
  bool audit = false;
};

}  // namespace ogi

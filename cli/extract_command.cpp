#include <sys/stat.h>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "cli/batch/isolated_read.h"
#include "cli/commands.h"
#include "model/path_text.h"
#include "output/report_json.h"
#include "pipeline/pipeline.h"

namespace ogi {
namespace {

using nlohmann::ordered_json;

// Invalid UTF-8 never reaches a record's text unescaped (paths go through path_text), but a
// dump must not throw whatever a library put in a message.
std::string dump(const ordered_json& record, int indent) {
  return record.dump(indent, ' ', false, ordered_json::error_handler_t::replace);
}

// The record of one input: in this process, or with --timeout/--max-memory in a worker bounded
// as ogi batch bounds its workers. nullopt when a stop signal came.
std::optional<ordered_json> record_of(const std::string& file, const ExtractOptions& options) {
  if (!options.bounded()) return report_to_json(process_file(file).report);
  const IsolatedRead read =
      read_isolated(file, WorkerLimits{options.timeout_seconds, options.max_memory_mb});
  if (read.interrupted) return std::nullopt;
  ordered_json record = ordered_json::parse(read.record, nullptr, false);
  if (record.is_discarded()) {
    // Cannot happen for a record the worker wrote whole; kept a record rather than a throw.
    Report report;
    report.source.path = path_text(file);
    report.errors.push_back({"worker_failed", "the worker's record could not be parsed"});
    record = report_to_json(report);
  }
  return record;
}

// Nothing of the file could be read: the README's exit 2, with a line per error naming it.
bool report_unreadable(const ordered_json& record) {
  if (!record["cells"].empty() || record["errors"].empty()) return false;
  for (const ordered_json& error : record["errors"]) {
    std::cerr << "ogi: " << record["source"].value("path", "") << ": " << error.value("code", "")
              << ": " << error.value("message", "") << "\n";
  }
  return true;
}

// Writes atomically (temp file + rename) so an interrupted run never leaves half a record.
bool write_record(const std::filesystem::path& target, const std::string& text) {
  const std::filesystem::path temporary = target.string() + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << text << "\n";
    if (!out) return false;
  }
  std::error_code error;
  std::filesystem::rename(temporary, target, error);
  return !error;
}

// A usage error (exit 64), found before any file is read: an input with nothing at its path. A
// dangling link or a link loop is there (as a link) and gets its record instead.
bool inputs_exist(const std::vector<std::string>& files) {
  bool all = true;
  for (const std::string& file : files) {
    struct stat status {};
    if (lstat(file.c_str(), &status) == 0 || (errno != ENOENT && errno != ENOTDIR)) continue;
    std::cerr << "ogi: " << path_text(file) << ": no such file or folder\n";
    all = false;
  }
  return all;
}

}  // namespace

int run_extract(const ExtractOptions& options) {
  if (!inputs_exist(options.files)) return kExitUsage;
  int exit_code = kExitOk;
  if (!options.out_dir.empty()) {
    std::error_code error;
    std::filesystem::create_directories(options.out_dir, error);
    if (error) {
      std::cerr << "ogi: " << options.out_dir
                << ": cannot create the output folder: " << error.message() << "\n";
      return kExitFailure;
    }
  }
  // Every input gets its record, whatever the others did.
  for (const std::string& file : options.files) {
    const std::optional<ordered_json> record = record_of(file, options);
    if (!record) {
      std::cerr << "ogi: interrupted at " << path_text(file) << "\n";
      return kExitInterrupted;
    }
    if (report_unreadable(*record)) exit_code = kExitUnreadable;
    if (options.out_dir.empty()) {
      // One file: a readable, indented record. Several: one record per line (JSONL).
      std::cout << dump(*record, options.files.size() == 1 ? 2 : -1) << std::endl;
      continue;
    }
    const auto target = std::filesystem::path(options.out_dir) /
                        (std::filesystem::path(file).filename().string() + ".json");
    if (!write_record(target, dump(*record, 2))) {
      std::cerr << "ogi: " << path_text(target.string()) << ": cannot write the record\n";
      exit_code = kExitUnreadable;
    }
  }
  return exit_code;
}

}  // namespace ogi

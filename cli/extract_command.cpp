#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>

#include "cli/commands.h"
#include "output/report_json.h"
#include "pipeline/pipeline.h"

namespace ogi {
namespace {

struct ExtractOptions {
  std::vector<std::string> files;
  std::string out_dir;
};

void report_unreadable(const ProcessedFile& processed) {
  for (const ExtractIssue& error : processed.report.errors) {
    std::cerr << "ogi: " << processed.report.source.path << ": " << error.code << ": "
              << error.message << "\n";
  }
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

int run_extract(const ExtractOptions& options) {
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
  for (const std::string& file : options.files) {
    const ProcessedFile processed = process_file(file);
    if (processed.unreadable) {
      report_unreadable(processed);
      exit_code = kExitUnreadable;
    }
    const auto json = report_to_json(processed.report);
    if (options.out_dir.empty()) {
      // One file: a readable, indented record. Several: one record per line (JSONL).
      std::cout << (options.files.size() == 1 ? json.dump(2) : json.dump()) << "\n";
      continue;
    }
    const auto target = std::filesystem::path(options.out_dir) /
                        (std::filesystem::path(file).filename().string() + ".json");
    if (!write_record(target, json.dump(2))) {
      std::cerr << "ogi: " << target.string() << ": cannot write the record\n";
      exit_code = kExitUnreadable;
    }
  }
  return exit_code;
}

}  // namespace

void add_extract_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<ExtractOptions>();
  CLI::App* command = app.add_subcommand(
      "extract", "Extract one JSON record per report (stdout for one file, or -o DIR)");
  command->add_option("files", options->files, std::string("Report files: ") + kReportFormats)
      ->required();
  command->add_option("-o,--out", options->out_dir,
                      "Write <file name>.json for each input into this folder");
  command->callback([options, &exit_code] { exit_code = run_extract(*options); });
}

}  // namespace ogi

#include "cli/front/command_line.h"

#include <memory>
#include <string>

#include "cli/command_options.h"
#include "cli/front/command_module.h"

namespace ogi {
namespace {

// -q/--quiet, before or after the command name (`ogi --quiet batch …`, `ogi batch -q …`): no
// progress line and no end-of-run summary on stderr; `ogi:` lines (errors, warnings) stay.
void add_quiet_flag(CLI::App& app) {
  // A const description: CLI11 takes a non-const string here for the flag's value.
  const std::string description =
      "No progress line and no end-of-run summary on stderr (errors are still printed)";
  app.add_flag("-q,--quiet", description);
  // Subcommands created after this inherit it, so `ogi batch --quiet` reaches the app's flag.
  app.fallthrough();
}

bool quiet_run(const CLI::App& command) {
  const CLI::App* app = command.get_parent() != nullptr ? command.get_parent() : &command;
  return app->count("--quiet") > 0;
}

// Once `command` is parsed, `work` runs in the commands module with what the options hold.
template <typename Options>
void run_in_module(CLI::App* command, std::shared_ptr<Options> options,
                   int (*const CommandModuleCalls::*work)(const Options&), int& exit_code) {
  command->callback([options, work, &exit_code] { exit_code = call_command(work, *options); });
}

void add_extract_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<ExtractOptions>();
  CLI::App* command = app.add_subcommand(
      "extract", "Extract one JSON record per report (stdout for one file, or -o DIR)");
  command->add_option("files", options->files, std::string("Report files: ") + kReportFormats)
      ->required();
  command->add_option("-o,--out", options->out_dir,
                      "Write <file name>.json for each input into this folder");
  command
      ->add_option("--timeout", options->timeout_seconds,
                   "Seconds per file; each file is then read in a worker process killed at the "
                   "limit, as in ogi batch (default: no limit, read in this process)")
      ->check(CLI::NonNegativeNumber);
  command
      ->add_option("--max-memory", options->max_memory_mb,
                   "Memory per file in MB (resident, above the worker's start), as in ogi batch "
                   "(default: no limit)")
      ->check(CLI::NonNegativeNumber);
  run_in_module(command, options, &CommandModuleCalls::extract, exit_code);
}

void add_check_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<CheckOptions>();
  CLI::App* command = app.add_subcommand(
      "check", "Print the three tables with their Chinese labels and the validation findings");
  command->add_option("file", options->file, std::string("One report file: ") + kReportFormats)
      ->required();
  run_in_module(command, options, &CommandModuleCalls::check, exit_code);
}

void add_eval_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<EvalOptions>();
  CLI::App* command = app.add_subcommand(
      "eval", "Compare records in OUT_DIR with ground truth in TRUTH_DIR, per input format");
  command->add_option("truth_dir", options->truth_dir, "Folder of truth JSON files")
      ->required()
      ->check(CLI::ExistingDirectory);
  command->add_option("out_dir", options->out_dir, "Folder of records written by ogi extract -o")
      ->required()
      ->check(CLI::ExistingDirectory);
  command->add_flag("-v,--verbose", options->verbose, "List every wrong cell");
  run_in_module(command, options, &CommandModuleCalls::eval, exit_code);
}

void add_debug_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<DebugOptions>();
  CLI::App* command = app.add_subcommand(
      "debug", "Print the tables and paragraphs layout rebuilt; --png draws them over the pages");
  command->add_option("file", options->file, std::string("One report file: ") + kReportFormats)
      ->required();
  command->add_option("--png", options->png_dir,
                      "Write page-N.png (rules red, cells by table kind, keyed values numbered) "
                      "and page-N.keys.tsv (number, key, raw, bbox) into this folder");
  command->add_flag("--runs", options->runs,
                    "First print every text run the extractor put on the pages (box in points, "
                    "confidence, text) and every blank read from a scan's cell");
  command->add_option("--dpi", options->dpi, "Rendering resolution for --png")
      ->check(CLI::Range(20.0, 600.0));
  run_in_module(command, options, &CommandModuleCalls::debug, exit_code);
}

void add_audit_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<AuditOptions>();
  CLI::App* command = app.add_subcommand(
      "audit",
      "Write an HTML page per report (tables as printed, values coloured by confidence, findings "
      "marked, each value's source a click away) and index.html");
  command->add_option("files", options->files, std::string("Report files: ") + kReportFormats)
      ->required();
  command->add_option("-o,--out", options->out_dir, "Folder for index.html and the pages")
      ->required();
  run_in_module(command, options, &CommandModuleCalls::audit, exit_code);
}

void add_batch_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<BatchOptions>();
  CLI::App* command = app.add_subcommand(
      "batch",
      "Process many reports in isolated, time- and memory-limited workers into corpus files "
      "(reports.jsonl, cells.csv, findings.csv, corpus.sqlite, corpus.xlsx); resumable");
  command
      ->add_option("inputs", options->inputs,
                   "Report files, folders (walked recursively for pdf, docx, html, htm, txt, png, "
                   "jpg, jpeg, tif, tiff) and @LIST files (one path per line)")
      ->required();
  command->add_option("-o,--out", options->out_dir, "Output folder (rerun with it to resume)")
      ->required();
  command->add_option("-j,--jobs", options->jobs, "Workers at a time (default: CPU cores)")
      ->check(CLI::PositiveNumber);
  command
      ->add_option("--timeout", options->timeout_seconds,
                   "Seconds per file before its worker is killed")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  command
      ->add_option("--max-memory", options->max_memory_mb,
                   "Memory per worker in MB (resident, above its start; 0: no limit)")
      ->capture_default_str();
  command
      ->add_option("--shard", options->shard,
                   "Take share i of N (1-based, e.g. 2/8) of the inputs; join with ogi merge")
      ->capture_default_str();
  command
      ->add_option("--files-per-worker", options->files_per_worker,
                   "Files a worker process reads before a fresh one replaces it (1: a process "
                   "per file)")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  command->add_flag("--retry-failed", options->retry_failed,
                    "Rerun inputs whose worker crashed, timed out or hit the memory limit");
  command->add_flag("--audit", options->audit,
                    "Also write DIR/audit/: index.html and an HTML page per report (as ogi audit)");
  command->callback([options, command, &exit_code] {
    options->quiet = quiet_run(*command);
    exit_code = call_command(&CommandModuleCalls::batch, *options);
  });
}

void add_merge_command(CLI::App& app, int& exit_code) {
  auto options = std::make_shared<MergeOptions>();
  CLI::App* command = app.add_subcommand(
      "merge",
      "Join the --out folders of sharded batch runs into one corpus (cross-report checks run "
      "over all of it)");
  command->add_option("out_dir", options->out_dir, "Folder for the merged corpus")->required();
  command->add_option("shard_dirs", options->shard_dirs, "--out folders of ogi batch --shard")
      ->required();
  command->add_flag("--audit", options->audit,
                    "Also write OUT_DIR/audit/: index.html and an HTML page per report of the "
                    "merged corpus (as ogi batch --audit)");
  command->callback([options, command, &exit_code] {
    options->quiet = quiet_run(*command);
    exit_code = call_command(&CommandModuleCalls::merge, *options);
  });
}

}  // namespace

void add_commands(CLI::App& app, int& exit_code) {
  add_quiet_flag(app);
  add_extract_command(app, exit_code);
  add_check_command(app, exit_code);
  add_eval_command(app, exit_code);
  add_debug_command(app, exit_code);
  add_audit_command(app, exit_code);
  add_batch_command(app, exit_code);
  add_merge_command(app, exit_code);
}

}  // namespace ogi

#include <algorithm>
#include <chrono>
#include <iostream>
#include <thread>

#include "cli/batch/batch_audit.h"
#include "cli/batch/batch_inputs.h"
#include "cli/batch/batch_manifest.h"
#include "cli/batch/batch_scheduler.h"
#include "cli/batch/batch_summary.h"
#include "cli/commands.h"
#include "model/path_text.h"
#include "pipeline/stage_warm_up.h"

namespace ogi {
namespace {

struct BatchOptions {
  std::vector<std::string> inputs;
  std::string out_dir;
  size_t jobs = std::max(1u, std::thread::hardware_concurrency());
  double timeout_seconds = 120;
  size_t max_memory_mb = 2048;
  std::string shard = "1/1";
  bool retry_failed = false;
  size_t files_per_worker = 100;
  bool quiet = false;
  bool audit = false;
};

Manifest manifest_of(const std::vector<BatchInput>& inputs, const BatchRun& run,
                     const ShardSpec& shard, size_t total_inputs) {
  Manifest manifest;
  manifest.part = shard.part;
  manifest.parts = shard.parts;
  manifest.total_inputs = total_inputs;
  for (size_t i = 0; i < inputs.size(); ++i) {
    manifest.entries.push_back({inputs[i].index, path_text(inputs[i].path), run.sha256[i],
                                run.refused[i].code, run.refused[i].message});
  }
  return manifest;
}

int run_batch(const BatchOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  std::vector<std::string> all_inputs;
  ShardSpec shard;
  try {
    all_inputs = expand_inputs(options.inputs);
    shard = parse_shard(options.shard);
  } catch (const std::exception& error) {
    std::cerr << "ogi: " << error.what() << "\n";
    return kExitUsage;
  }
  const std::vector<BatchInput> inputs = select_shard(all_inputs, shard.part, shard.parts);
  const BatchSettings settings{options.jobs,
                               {options.timeout_seconds, options.max_memory_mb},
                               options.retry_failed,
                               options.files_per_worker};
  try {
    const RecordStore store(options.out_dir);
    remove_manifest(store.out_dir());
    BatchProgress progress(stderr_is_terminal() && !options.quiet);
    warm_up_stages();
    const BatchRun run = run_workers(inputs, store, settings, progress);
    progress.clear();
    if (run.interrupted) {
      std::cerr << "ogi: interrupted after " << run.counts.done << " of " << inputs.size()
                << " inputs; run the same command again to resume\n";
      return kExitInterrupted;
    }
    const Manifest manifest = manifest_of(inputs, run, shard, all_inputs.size());
    const CorpusStats stats = finish_corpus(store.out_dir(), manifest);
    if (options.audit) write_batch_audit(store.out_dir(), manifest);
    const double elapsed =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!options.quiet) print_summary(std::cerr, &run, stats, elapsed, store.out_dir());
    return stats.unreadable > 0 ? kExitUnreadable : kExitOk;
  } catch (const std::exception& error) {
    std::cerr << "ogi: " << error.what() << "\n";
    return kExitFailure;
  }
}

}  // namespace

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
    exit_code = run_batch(*options);
  });
}

}  // namespace ogi

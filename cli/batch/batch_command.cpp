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

}  // namespace

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

}  // namespace ogi

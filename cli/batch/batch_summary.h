#pragma once

#include <filesystem>
#include <ostream>

#include "cli/batch/batch_scheduler.h"
#include "output/corpus_builder.h"

namespace ogi {

// The end-of-run report on stderr: inputs by format and status, error codes, the most frequent
// failing rules, the slowest files and the workers' peak memory. `run` is null for a merge.
void print_summary(std::ostream& out, const BatchRun* run, const CorpusStats& stats,
                   double elapsed_seconds, const std::filesystem::path& out_dir);

}  // namespace ogi

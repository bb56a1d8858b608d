#include <chrono>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>
#include <stdexcept>

#include "cli/batch/batch_audit.h"
#include "cli/batch/batch_manifest.h"
#include "cli/batch/batch_store.h"
#include "cli/batch/batch_summary.h"
#include "cli/commands.h"
#include "output/corpus_file.h"

namespace ogi {
namespace {

namespace fs = std::filesystem;

// Copies under a temporary name and renames, like every other record write.
void copy_record(const fs::path& from, const fs::path& to) {
  AtomicFile file(to);
  file.close_stream();
  fs::copy_file(from, file.temporary_path(), fs::copy_options::overwrite_existing);
  file.commit();
}

void import_records(const fs::path& shard_dir, const Manifest& shard, const RecordStore& store) {
  for (const ManifestEntry& entry : shard.entries) {
    if (entry.sha256.empty() || store.has(entry.sha256)) continue;
    const fs::path from = record_file(shard_dir, entry.sha256);
    if (fs::exists(from)) copy_record(from, store.record_path(entry.sha256));
  }
}

// Entries of all shards by their index in the full input list, checking that the shards come
// from one input list and one --shard N.
class MergedInputs {
 public:
  void add(const fs::path& shard_dir, const Manifest& shard) {
    if (parts_ == 0) {
      parts_ = shard.parts;
      total_ = shard.total_inputs;
    } else if (shard.parts != parts_ || shard.total_inputs != total_) {
      throw std::runtime_error(shard_dir.string() + ": shard of a different run (--shard /" +
                               std::to_string(shard.parts) + " over " +
                               std::to_string(shard.total_inputs) + " inputs)");
    }
    if (!parts_seen_.insert(shard.part).second) {
      throw std::runtime_error(shard_dir.string() + ": shard " + std::to_string(shard.part) +
                               " given twice");
    }
    for (const ManifestEntry& entry : shard.entries) {
      const auto [found, inserted] = entries_.emplace(entry.index, entry);
      if (!inserted && found->second.path != entry.path) {
        throw std::runtime_error(shard_dir.string() + ": input " + std::to_string(entry.index) +
                                 " is " + entry.path + " here but " + found->second.path +
                                 " in another shard");
      }
    }
  }

  Manifest manifest() const {
    Manifest merged;
    merged.total_inputs = total_;
    for (const auto& [index, entry] : entries_) merged.entries.push_back(entry);
    return merged;
  }

  std::vector<size_t> missing_parts() const {
    std::vector<size_t> missing;
    for (size_t part = 1; part <= parts_; ++part) {
      if (parts_seen_.count(part) == 0) missing.push_back(part);
    }
    return missing;
  }

 private:
  size_t parts_ = 0;
  size_t total_ = 0;
  std::set<size_t> parts_seen_;
  std::map<size_t, ManifestEntry> entries_;
};

}  // namespace

int run_merge(const MergeOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  try {
    const RecordStore store(options.out_dir);
    MergedInputs merged;
    for (const std::string& shard_dir : options.shard_dirs) {
      const Manifest shard = read_manifest(shard_dir);
      merged.add(shard_dir, shard);
      import_records(shard_dir, shard, store);
    }
    for (size_t part : merged.missing_parts()) {
      std::cerr << "ogi: warning: shard " << part << " is missing; its inputs are not in "
                << "the corpus\n";
    }
    remove_manifest(store.out_dir());
    const Manifest manifest = merged.manifest();
    const CorpusStats stats = finish_corpus(store.out_dir(), manifest);
    if (options.audit) write_batch_audit(store.out_dir(), manifest);
    const double elapsed =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (!options.quiet) print_summary(std::cerr, nullptr, stats, elapsed, store.out_dir());
    return stats.unreadable > 0 ? kExitUnreadable : kExitOk;
  } catch (const std::exception& error) {
    std::cerr << "ogi: " << error.what() << "\n";
    return kExitFailure;
  }
}

}  // namespace ogi

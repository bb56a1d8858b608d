#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "output/corpus_builder.h"

namespace ogi {

struct ManifestEntry {
  size_t index = 0;    // in the full input list, before sharding
  std::string path;    // as path_text writes it (model/path_text.h)
  std::string sha256;  // "" when the file could not be read
  // Why a file without sha256 has none (its record's error): refused by its checks (a FIFO, a
  // device, a link to nothing), or its worker died while hashing it.
  std::string error_code;
  std::string error_message;
};

// DIR/manifest.jsonl: which inputs a finished batch covered and in what order. `ogi merge`
// joins shards by it; the corpus files are rebuilt from it.
struct Manifest {
  size_t part = 1;  // --shard part/parts
  size_t parts = 1;
  size_t total_inputs = 0;             // the full input list, all shards together
  std::vector<ManifestEntry> entries;  // ascending index
};

// Written atomically, as the last step of a batch: a folder with a manifest is complete.
void write_manifest(const std::filesystem::path& out_dir, const Manifest& manifest);
// A run under way: the folder no longer holds a finished batch until write_manifest.
void remove_manifest(const std::filesystem::path& out_dir);
// Throws std::runtime_error naming the folder when the manifest is missing or damaged.
Manifest read_manifest(const std::filesystem::path& out_dir);

// The last step of a batch or merge: the corpus files (corpus_builder.h) from the records in
// out_dir's store, in manifest order, then the manifest, which marks the folder complete.
CorpusStats finish_corpus(const std::filesystem::path& out_dir, const Manifest& manifest);

}  // namespace ogi

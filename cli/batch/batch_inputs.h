#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace ogi {

// One input of a batch: its position in the full input list (before sharding), which is what
// orders the corpus and what `ogi merge` puts shards back together by.
struct BatchInput {
  size_t index = 0;
  std::string path;
};

// Expands command-line inputs in order: a folder becomes its report files (pdf, docx, html,
// htm, txt, png, jpg, jpeg, tif, tiff; any case), walked recursively in sorted order, skipping
// hidden entries; "@FILE" becomes the paths listed in FILE (one per line; blank lines and lines
// starting with # skipped; a listed folder is walked too); a file is taken as it is, whatever
// its extension; so is a FIFO, device or dangling link, named or met in a walk (the batch makes
// its error record). Throws std::runtime_error naming an input that does not exist.
std::vector<std::string> expand_inputs(const std::vector<std::string>& arguments);

// Shard `part` of `parts` (1-based, "--shard 2/4"): every input whose index ≡ part−1 (mod
// parts). Machines given the same inputs pick disjoint shares that together cover them all.
std::vector<BatchInput> select_shard(const std::vector<std::string>& inputs, size_t part,
                                     size_t parts);

struct ShardSpec {
  size_t part = 1;
  size_t parts = 1;
};
// "i/N" with 1 ≤ i ≤ N; throws std::invalid_argument otherwise.
ShardSpec parse_shard(const std::string& text);

// The record's source.format for a file that no worker could read: from the extension,
// like the extractor's fallback ("docx" | "pdf" | "html" | "txt" | "image" | "").
std::string format_by_extension(const std::string& path);

}  // namespace ogi

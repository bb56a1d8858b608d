#include "cli/batch/batch_manifest.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>

#include "cli/batch/batch_inputs.h"
#include "cli/batch/batch_store.h"
#include "output/corpus_file.h"

namespace ogi {
namespace {

using nlohmann::ordered_json;

constexpr const char* kFileName = "manifest.jsonl";
constexpr const char* kKind = "ogi batch manifest";

std::string shard_text(const Manifest& manifest) {
  return std::to_string(manifest.part) + "/" + std::to_string(manifest.parts);
}

std::runtime_error damaged(const std::filesystem::path& file, const std::string& why) {
  return std::runtime_error(file.string() + ": " + why);
}

void read_header(const std::string& line, const std::filesystem::path& file, Manifest& manifest) {
  const ordered_json header = ordered_json::parse(line, nullptr, false);
  if (header.is_discarded() || header.value("kind", "") != kKind) {
    throw damaged(file, "not a manifest of ogi batch");
  }
  const ShardSpec shard = parse_shard(header.value("shard", ""));
  manifest.part = shard.part;
  manifest.parts = shard.parts;
  manifest.total_inputs = header.value("inputs", size_t{0});
}

}  // namespace

void write_manifest(const std::filesystem::path& out_dir, const Manifest& manifest) {
  AtomicFile file(out_dir / kFileName);
  ordered_json header;
  header["kind"] = kKind;
  header["shard"] = shard_text(manifest);
  header["inputs"] = manifest.total_inputs;
  file.stream() << header.dump() << '\n';
  for (const ManifestEntry& entry : manifest.entries) {
    ordered_json line;
    line["index"] = entry.index;
    line["sha256"] = entry.sha256;
    line["path"] = entry.path;
    if (!entry.error_code.empty()) {
      line["error"] = {{"code", entry.error_code}, {"message", entry.error_message}};
    }
    file.stream() << line.dump(-1, ' ', false, ordered_json::error_handler_t::replace) << '\n';
  }
  file.commit();
}

Manifest read_manifest(const std::filesystem::path& out_dir) {
  const std::filesystem::path file = out_dir / kFileName;
  std::ifstream in(file, std::ios::binary);
  if (!in) throw damaged(file, "missing: the batch in this folder has not finished");
  Manifest manifest;
  std::string line;
  if (!std::getline(in, line)) throw damaged(file, "empty");
  read_header(line, file, manifest);
  while (std::getline(in, line)) {
    const ordered_json entry = ordered_json::parse(line, nullptr, false);
    if (entry.is_discarded() || !entry.contains("index") || !entry.contains("path")) {
      throw damaged(file, "damaged line: " + line);
    }
    const ordered_json error = entry.value("error", ordered_json::object());
    manifest.entries.push_back({entry["index"].get<size_t>(), entry["path"].get<std::string>(),
                                entry.value("sha256", ""), error.value("code", ""),
                                error.value("message", "")});
  }
  return manifest;
}

void remove_manifest(const std::filesystem::path& out_dir) {
  std::error_code ignored;
  std::filesystem::remove(out_dir / kFileName, ignored);
}

CorpusStats finish_corpus(const std::filesystem::path& out_dir, const Manifest& manifest) {
  std::vector<CorpusEntry> entries;
  entries.reserve(manifest.entries.size());
  for (const ManifestEntry& entry : manifest.entries) {
    entries.push_back({static_cast<long long>(entry.index) + 1, entry.path, entry.sha256,
                       format_by_extension(entry.path), record_file(out_dir, entry.sha256),
                       entry.error_code, entry.error_message});
  }
  CorpusStats stats = write_corpus(entries, out_dir);
  write_manifest(out_dir, manifest);
  return stats;
}

}  // namespace ogi

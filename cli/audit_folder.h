#pragma once

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "output/audit_index.h"
#include "output/corpus_file.h"

namespace ogi {

// A folder of audit pages, what `ogi audit` and `ogi batch --audit` write: DIR/index.html (one
// row per report, audit_index) and, per distinct file, DIR/<sha256>.html (audit_page) with the
// pictures of its values' sources in DIR/<sha256>/ (debug/source_crops). A record without a
// sha256 (a file that could not be read) gets DIR/input-<ordinal>.html. Every file is written
// atomically; index.html appears when finish() renames it into place.
class AuditFolder {
 public:
  // Throws std::runtime_error when the folder cannot be created.
  explicit AuditFolder(std::filesystem::path dir);

  // The report's page (once per distinct sha256) and its index row. Throws std::runtime_error
  // when the page cannot be written.
  void add(long long ordinal, const nlohmann::ordered_json& record);
  void finish();

 private:
  std::filesystem::path dir_;
  std::unique_ptr<AtomicFile> index_file_;
  std::unique_ptr<AuditIndex> index_;
  std::set<std::string> written_;
};

// The audit folder of a finished batch: the records of `reports_jsonl` (the corpus's, with the
// findings across reports), read one line at a time; `ordinals` the input numbers of its lines.
void write_corpus_audit(const std::filesystem::path& reports_jsonl,
                        const std::vector<long long>& ordinals, const std::filesystem::path& dir);

}  // namespace ogi

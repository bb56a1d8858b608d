#include "cli/batch/batch_audit.h"

#include <vector>

#include "cli/audit_folder.h"

namespace ogi {

void write_batch_audit(const std::filesystem::path& out_dir, const Manifest& manifest) {
  std::vector<long long> ordinals;
  ordinals.reserve(manifest.entries.size());
  for (const ManifestEntry& entry : manifest.entries) {
    ordinals.push_back(static_cast<long long>(entry.index) + 1);
  }
  write_corpus_audit(out_dir / "reports.jsonl", ordinals, out_dir / "audit");
}

}  // namespace ogi

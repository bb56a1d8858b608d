#include "cli/audit_folder.h"

#include <fstream>
#include <map>
#include <stdexcept>

#include "debug/source_crops.h"
#include "output/audit_page.h"

namespace ogi {
namespace {

using nlohmann::ordered_json;

// The page's name: the file's sha256 (hex digits only, so nothing of the input reaches a path or
// a link), else the input number.
std::string page_stem(long long ordinal, const ordered_json& record) {
  const ordered_json sha256 =
      record.value("source", ordered_json::object()).value("sha256", ordered_json());
  if (sha256.is_string() && sha256.get<std::string>().size() == 64 &&
      sha256.get<std::string>().find_first_not_of("0123456789abcdef") == std::string::npos) {
    return sha256.get<std::string>();
  }
  return "input-" + std::to_string(ordinal);
}

}  // namespace

AuditFolder::AuditFolder(std::filesystem::path dir) : dir_(std::move(dir)) {
  std::error_code error;
  std::filesystem::create_directories(dir_, error);
  if (error) {
    throw std::runtime_error(dir_.string() +
                             ": cannot create the audit folder: " + error.message());
  }
  index_file_ = std::make_unique<AtomicFile>(dir_ / "index.html");
  index_ = std::make_unique<AuditIndex>(index_file_->stream());
}

void AuditFolder::add(long long ordinal, const ordered_json& record) {
  const std::string stem = page_stem(ordinal, record);
  const std::string page_name = stem + ".html";
  if (written_.insert(stem).second) {
    const SourceCrops crops = write_source_crops(record, dir_ / stem);
    std::map<std::string, std::string> crop_urls;
    for (const auto& [key, file] : crops.files) crop_urls[key] = stem + "/" + file;
    AtomicFile page(dir_ / page_name);
    write_audit_page(page.stream(), record, crop_urls, crops.source_unreadable);
    page.commit();
  }
  index_->add(ordinal, record, page_name);
}

void AuditFolder::finish() {
  index_->finish();
  index_file_->commit();
}

void write_corpus_audit(const std::filesystem::path& reports_jsonl,
                        const std::vector<long long>& ordinals, const std::filesystem::path& dir) {
  std::ifstream lines(reports_jsonl);
  if (!lines) throw std::runtime_error(reports_jsonl.string() + ": cannot be read");
  AuditFolder folder(dir);
  std::string line;
  for (const long long ordinal : ordinals) {
    if (!std::getline(lines, line)) break;
    const ordered_json record = ordered_json::parse(line, nullptr, false);
    if (record.is_discarded()) continue;
    folder.add(ordinal, record);
  }
  folder.finish();
}

}  // namespace ogi

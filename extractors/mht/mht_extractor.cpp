#include "extractors/mht/mht_extractor.h"

#include "extractors/extract_error.h"
#include "extractors/file_probe.h"
#include "extractors/html/html_extractor.h"
#include "extractors/mht/mime_archive.h"
#include "extractors/read_limits.h"

namespace ogi {

Document extract_mht(const std::string& path) {
  const std::uintmax_t size = readable_file_size(path);
  if (size == 0) throw ExtractError("empty_file", "the file is empty");
  if (size > ReadLimits::kMaxMhtFileBytes) {
    throw ExtractError("mht_too_large",
                       "the web archive has " + std::to_string(size) + " bytes, more than the " +
                           std::to_string(ReadLimits::kMaxMhtFileBytes) + " one may have");
  }
  const std::string bytes = read_file_head(path, static_cast<std::size_t>(size));
  const MimeArchive archive(bytes);
  const MimePart* page = archive.page();
  if (page == nullptr) throw ExtractError("mht_no_page", "the web archive holds no HTML page");
  Document document = read_html_page(archive.decoded(*page), page->charset);
  document.format = "mht";
  for (const ExtractIssue& issue : archive.issues()) {
    if (issue.code == "mime_part_limit") {
      note_limit(document, issue.code, issue.message);
    } else {
      document.issues.push_back(issue);
    }
  }
  return document;
}

}  // namespace ogi

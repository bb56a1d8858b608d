#include "extractors/mht/mht_extractor.h"

#include "extractors/common/transfer_decoding.h"
#include "extractors/extract_error.h"
#include "extractors/file_probe.h"
#include "extractors/html/html_extractor.h"
#include "extractors/mht/mime_archive.h"
#include "extractors/read_limits.h"

namespace ogi {
namespace {

std::string_view folder_of(std::string_view location) {
  const size_t slash = location.find_last_of('/');
  return slash == std::string_view::npos ? std::string_view() : location.substr(0, slash + 1);
}

// The archive's part a page's <img> src names: by its Content-Location as written, by its
// Content-ID (cid:), or by its location relative to the page part's (Word and IE save
// "report.files/image001.png" beside "file:///C:/…/report.htm"). Never fetched from anywhere.
const MimePart* picture_part(const MimeArchive& archive, const MimePart& page,
                             const std::string& src) {
  const std::string path = src_path(src);
  if (path.empty()) return nullptr;
  const std::string beside = std::string(folder_of(page.location)) + path;
  const bool by_id = src.size() > 4 && (src.starts_with("cid:") || src.starts_with("CID:"));
  for (const MimePart& part : archive.parts()) {
    if (&part == &page) continue;
    if (by_id ? part.content_id == src.substr(4)
              : part.location == src || src_path(part.location) == path ||
                    (!folder_of(page.location).empty() && src_path(part.location) == beside)) {
      return &part;
    }
  }
  return nullptr;
}

}  // namespace

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
  const auto fetch = [&archive, page](const std::string& src) {
    const MimePart* part = picture_part(archive, *page, src);
    if (part == nullptr) throw ExtractError("picture_refused", "no part of the archive holds it");
    if (decoded_size_bound(part->encoded_body.size(), part->transfer_encoding) >
        ReadLimits::kMaxPictureBytes) {
      throw ExtractError("too_large", "the picture passes " +
                                          std::to_string(ReadLimits::kMaxPictureBytes) + " bytes");
    }
    return archive.decoded(*part);
  };
  Document document = read_html_page(archive.decoded(*page), page->charset, fetch);
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

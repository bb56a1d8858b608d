#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/document.h"

namespace ogi {

// One leaf part of a MIME web archive, its body still encoded (a view into the archive's bytes).
struct MimePart {
  std::string media_type;  // lower-cased, "text/html"
  std::string charset;     // the Content-Type's charset parameter, "" when none
  std::string location;    // Content-Location, as written
  std::string content_id;  // Content-ID without its angle brackets
  std::string transfer_encoding;
  std::string_view encoded_body;
  // Why the part is not read (its declared or encoded size passes ReadLimits::kMaxMimePartBytes);
  // empty when it can be decoded.
  std::string refusal;
};

// The parts of a .mht/.mhtml file (multipart/related, nested multiparts flattened up to
// ReadLimits::kMaxMimeNesting deep), bounded: at most ReadLimits::kMaxMimeParts parts
// (`mime_part_limit` in `issues`, the parts after it dropped), and a part that would decode to
// more than ReadLimits::kMaxMimePartBytes is refused from its Content-Length or its encoded size,
// without decoding a byte (`mime_part_too_large`). `bytes` must outlive the archive.
class MimeArchive {
 public:
  explicit MimeArchive(std::string_view bytes);

  const std::vector<MimePart>& parts() const { return parts_; }
  const std::vector<ExtractIssue>& issues() const { return issues_; }
  // The page: the part the archive's `start` parameter names, else the first text/html part;
  // nullptr when there is none.
  const MimePart* page() const;
  // The part's bytes. Throws ExtractError("mime_part_too_large") for a refused part.
  std::string decoded(const MimePart& part) const;

 private:
  void add_multipart(std::string_view body, const std::string& boundary, int depth);
  void add_part(std::string_view part, int depth);

  std::vector<MimePart> parts_;
  std::vector<ExtractIssue> issues_;
  std::string start_id_;
  bool full_ = false;
};

}  // namespace ogi

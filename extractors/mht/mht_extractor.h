#pragma once

#include <string>

#include "model/document.h"

namespace ogi {

// Reads a web archive (.mht, .mhtml: MIME multipart/related, parts in quoted-printable, base64 or
// as they are, in GBK or UTF-8) through the HTML backend: its page part, decoded from its
// transfer encoding and read in the charset it declares. Format "mht"; the archive's issues
// (parts refused, parts past the limit) join the document's. Throws ExtractError:
// `mht_too_large`, `mht_malformed`, `mht_no_page` (no HTML part), `mime_part_too_large` (the
// page part refused), and as the HTML backend does.
Document extract_mht(const std::string& path);

}  // namespace ogi

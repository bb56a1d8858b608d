#pragma once

#include <string_view>

#include "extractors/common/xml_document.h"

namespace ogi {

// Parses a page already decoded to UTF-8 with libxml2's HTML parser in recovery mode: unclosed and
// misnested tags are repaired as browsers do, nothing is fetched from the network, no diagnostics
// are printed, and libxml2's depth and size limits stay on. The page's own charset declaration is
// overridden (the bytes are UTF-8 by now). Throws ExtractError("html_malformed") only when nothing
// at all could be parsed. The parse stops after ReadLimits::kMaxHtmlElements elements (a 58 MB
// page of 12 M cells took 47 s and 5.5 GB) and keeps the tree read so far; `*cut_short` says so.
XmlDocument parse_html(std::string_view utf8, bool* cut_short = nullptr);

}  // namespace ogi

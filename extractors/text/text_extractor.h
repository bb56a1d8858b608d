#pragma once

#include <string>

#include "model/document.h"

namespace ogi {

// Reads a plain-text dump of a report (.txt) into the document model: format "txt", no pages.
// UTF-8 (with or without BOM) or, failing that, GB18030. Runs of tab-separated or pipe-table rows
// become native Tables (one cell per field, no spans: the dump lost them); every other non-blank
// line is a Paragraph of its own, so layout can rebuild the tables that the text only implies and
// rejoin wrapped lines. Site chrome lines and page numbers are dropped. Throws ExtractError when
// the file cannot be read.
Document extract_text(const std::string& path);

}  // namespace ogi

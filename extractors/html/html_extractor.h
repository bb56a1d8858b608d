#pragma once

#include <string>

#include "model/document.h"

namespace ogi {

// Reads a web page (.html/.htm/.shtml) into the document model: format "html", no pages, body
// paragraphs and native tables in reading order. Throws ExtractError when the file cannot be read.
Document extract_html(const std::string& path);

}  // namespace ogi

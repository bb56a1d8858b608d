#pragma once

#include <string>
#include <string_view>

#include "model/document.h"

namespace ogi {

// Reads a web page (.html/.htm/.shtml) into the document model: format "html", no pages, body
// paragraphs and native tables in reading order. Throws ExtractError when the file cannot be read.
Document extract_html(const std::string& path);

// The same from a page's bytes already read (a web archive's HTML part), with the charset they
// came with ("" when none; html_to_utf8).
Document read_html_page(std::string_view bytes, std::string_view transport_charset = {});

}  // namespace ogi

#pragma once

#include <string>
#include <string_view>

#include "extractors/html/page_pictures.h"
#include "model/document.h"

namespace ogi {

// Reads a web page (.html/.htm/.shtml) into the document model: format "html", body paragraphs
// and native tables in reading order. When a statistics table is missing as a real table, the
// page's pictures (files in its folder, data: URIs) are read by OCR as its pages, picture i as
// page i + 1 (read_table_pictures). Throws ExtractError when the file cannot be read.
Document extract_html(const std::string& path);

// The same from a page's bytes already read (a web archive's HTML part), with the charset they
// came with ("" when none; html_to_utf8), its pictures other than data: URIs from `fetch` (none
// when empty).
Document read_html_page(std::string_view bytes, std::string_view transport_charset = {},
                        const PictureFetch& fetch = {});

}  // namespace ogi

#pragma once

#include <libxml/tree.h>

#include <string>
#include <vector>

#include "model/document.h"

namespace ogi {

// What the walk saw besides paragraphs and tables.
struct HtmlBodyStats {
  // The src of each <img> in the report text (not icons, not in site chrome), in page order.
  std::vector<std::string> content_images;
};

// Appends a page body's paragraphs and tables to `document` in reading order. Block elements and
// <br> end paragraphs; inline elements run together. Data tables become Tables; layout tables
// (html_table.h) are looked through, their cells read as body text. Skipped elements
// (html_elements.h) and site chrome lines (site_chrome.h) contribute nothing. Iterative, so
// nesting depth costs no stack.
HtmlBodyStats append_html_body(const xmlNode* body, Document& document);

}  // namespace ogi

#pragma once

#include <libxml/tree.h>

#include <string_view>

namespace ogi {

// What an HTML element is to a reader of the report. libxml2's HTML parser lower-cases names.

bool is_html_element(const xmlNode* node, std::string_view name);

// Elements that end a line of text before and after them (p, div, h1, li, td, …).
bool is_block_element(const xmlNode* node);

// Elements whose content is never report text: scripts, styles, frames, form controls, hidden
// elements, and site chrome — <nav>, and <header>/<footer> or any element whose id or class names
// navigation, menus, headers, footers, breadcrumbs or share bars. A header that holds the page's
// <h1>/<h2> is kept: article headers carry the report title.
bool is_skipped_element(const xmlNode* node);

// Non-negative integer attribute ("rowspan", "colspan"), `fallback` when absent or unreadable.
int integer_attribute(const xmlNode* node, std::string_view name, int fallback);

}  // namespace ogi

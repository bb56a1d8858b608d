#include "extractors/html/html_elements.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

#include "extractors/common/dom_walk.h"
#include "extractors/common/xml_nodes.h"

namespace ogi {
namespace {

constexpr std::array<std::string_view, 37> kBlockElements = {
    "address", "article", "aside", "blockquote", "body",       "caption", "center",  "dd",
    "div",     "dl",      "dt",    "fieldset",   "figcaption", "figure",  "footer",  "form",
    "h1",      "h2",      "h3",    "h4",         "h5",         "h6",      "header",  "hr",
    "html",    "li",      "main",  "ol",         "p",          "pre",     "section", "table",
    "tbody",   "td",      "tfoot", "th",         "tr"};

constexpr std::array<std::string_view, 20> kNeverText = {
    "script", "style",  "noscript", "iframe", "frame",    "frameset", "template",
    "head",   "title",  "meta",     "link",   "object",   "embed",    "svg",
    "canvas", "button", "input",    "select", "textarea", "nav"};

// Words in an id or class that mark site chrome; matched inside tokens ("topnav", "sub-menu"). Side
// bars and related-article lists carry other reports' titles, which would pass for this one's.
constexpr std::array<std::string_view, 9> kChromeWords = {
    "nav", "menu", "footer", "crumb", "share", "copyright", "header", "sidebar", "related"};

// A header search looks this far for a title heading before giving up.
constexpr int kMaxHeadingSearchNodes = 4096;

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) {
    return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  });
  return out;
}

bool is_one_of(std::string_view name, const auto& names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

bool has_chrome_token(std::string_view attribute_value) {
  const std::string value = lower_ascii(attribute_value);
  std::size_t start = 0;
  while (start < value.size()) {
    std::size_t end = start;
    while (end < value.size() && std::isalnum(static_cast<unsigned char>(value[end]))) ++end;
    const std::string_view token = std::string_view(value).substr(start, end - start);
    for (std::string_view word : kChromeWords) {
      if (token.find(word) != std::string_view::npos) return true;
    }
    // "foot", "footbar" — but not "footnote".
    if (token.starts_with("foot") && !token.starts_with("footnote")) return true;
    start = end + 1;
  }
  return false;
}

bool is_hidden(const xmlNode* node) {
  if (attribute(node, "hidden")) return true;
  const std::optional<std::string> style = attribute(node, "style");
  if (!style) return false;
  std::string compact;
  for (char c : lower_ascii(*style)) {
    if (c != ' ' && c != '\t') compact.push_back(c);
  }
  return compact.find("display:none") != std::string::npos ||
         compact.find("visibility:hidden") != std::string::npos;
}

bool contains_title_heading(const xmlNode* node) {
  int visited = 0;
  bool found = false;
  walk_subtree(
      node,
      [&](const xmlNode* current) {
        if (found || ++visited > kMaxHeadingSearchNodes) return false;
        found = is_html_element(current, "h1") || is_html_element(current, "h2");
        return !found;
      },
      [](const xmlNode*) {});
  return found;
}

bool is_chrome_by_attributes(const xmlNode* node) {
  for (std::string_view name : {"id", "class"}) {
    const std::optional<std::string> value = attribute(node, name);
    if (value && has_chrome_token(*value)) return true;
  }
  return false;
}

}  // namespace

bool is_html_element(const xmlNode* node, std::string_view name) {
  return is_element(node) && local_name(node) == name;
}

bool is_block_element(const xmlNode* node) {
  return is_element(node) && is_one_of(local_name(node), kBlockElements);
}

bool is_skipped_element(const xmlNode* node) {
  if (!is_element(node)) return false;
  const std::string_view name = local_name(node);
  if (name == "body" || name == "html") return false;
  if (is_one_of(name, kNeverText) || is_hidden(node)) return true;
  const bool chrome = name == "header" || name == "footer" || is_chrome_by_attributes(node);
  return chrome && !contains_title_heading(node);
}

int integer_attribute(const xmlNode* node, std::string_view name, int fallback) {
  const std::optional<std::string> value = attribute(node, name);
  if (!value) return fallback;
  std::size_t pos = 0;
  while (pos < value->size() && ((*value)[pos] == ' ' || (*value)[pos] == '\t')) ++pos;
  long number = 0;
  std::size_t digits = 0;
  for (; pos < value->size() && std::isdigit(static_cast<unsigned char>((*value)[pos])); ++pos) {
    number = std::min(number * 10 + ((*value)[pos] - '0'), 1000000L);
    ++digits;
  }
  return digits == 0 ? fallback : static_cast<int>(number);
}

}  // namespace ogi

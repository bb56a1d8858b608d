#include "extractors/html/html_parse.h"

#include <libxml/HTMLparser.h>

#include <climits>
#include <mutex>
#include <string>

#include "extractors/extract_error.h"

namespace ogi {
namespace {

// Deliberately absent: HTML_PARSE_HUGE (keeps the parser's depth and size limits).
constexpr int kHtmlParseOptions =
    HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING;

void init_libxml2_once() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
}

}  // namespace

XmlDocument parse_html(std::string_view utf8) {
  init_libxml2_once();
  if (utf8.size() > static_cast<std::size_t>(INT_MAX)) {
    throw ExtractError("html_malformed", "the page is too large to parse");
  }
  // A page with no markup at all still parses into html/body/p.
  const std::string text = utf8.empty() ? std::string("<html></html>") : std::string();
  const std::string_view input = utf8.empty() ? std::string_view(text) : utf8;
  htmlDocPtr doc = htmlReadMemory(input.data(), static_cast<int>(input.size()), nullptr, "UTF-8",
                                  kHtmlParseOptions);
  if (doc == nullptr) throw ExtractError("html_malformed", "the page could not be parsed as HTML");
  XmlDocument owned(doc);
  if (owned.root() == nullptr) {
    throw ExtractError("html_malformed", "the page has no HTML content");
  }
  return owned;
}

}  // namespace ogi

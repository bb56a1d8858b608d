#include "extractors/html/html_parse.h"

#include <libxml/HTMLparser.h>

#include <climits>
#include <memory>
#include <mutex>
#include <string>

#include "extractors/common/element_watch.h"
#include "extractors/common/library_messages.h"
#include "extractors/extract_error.h"
#include "extractors/read_limits.h"

namespace ogi {
namespace {

// Deliberately absent: HTML_PARSE_HUGE (keeps the parser's depth and size limits).
constexpr int kHtmlParseOptions =
    HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING;

void init_libxml2_once() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
  quiet_library_messages();
}

struct HtmlContextDeleter {
  void operator()(htmlParserCtxt* context) const { htmlFreeParserCtxt(context); }
};

}  // namespace

XmlDocument parse_html(std::string_view utf8, bool* cut_short) {
  init_libxml2_once();
  if (utf8.size() > static_cast<std::size_t>(INT_MAX)) {
    throw ExtractError("html_malformed", "the page is too large to parse");
  }
  // A page with no markup at all still parses into html/body/p.
  const std::string text = utf8.empty() ? std::string("<html></html>") : std::string();
  const std::string_view input = utf8.empty() ? std::string_view(text) : utf8;
  const std::unique_ptr<htmlParserCtxt, HtmlContextDeleter> context(htmlNewParserCtxt());
  if (!context) throw ExtractError("html_malformed", "the page could not be parsed as HTML");
  // No depth bound of our own: the HTML parser repairs nesting as it goes (a hundred thousand
  // unclosed <div> read in well under a second).
  const ElementWatch watch(context.get(), ReadLimits::kMaxHtmlElements, INT_MAX);
  htmlDocPtr doc = htmlCtxtReadMemory(context.get(), input.data(), static_cast<int>(input.size()),
                                      nullptr, "UTF-8", kHtmlParseOptions);
  if (cut_short) *cut_short = watch.stopped() != ElementWatch::Stop::kNone;
  if (doc == nullptr) throw ExtractError("html_malformed", "the page could not be parsed as HTML");
  XmlDocument owned(doc);
  if (owned.root() == nullptr) {
    throw ExtractError("html_malformed", "the page has no HTML content");
  }
  return owned;
}

}  // namespace ogi

#include "extractors/common/xml_document.h"

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

#include <climits>
#include <mutex>
#include <string>

#include "extractors/common/element_watch.h"
#include "extractors/common/library_messages.h"
#include "extractors/extract_error.h"
#include "extractors/read_limits.h"

namespace ogi {
namespace {

struct ParserContextDeleter {
  void operator()(xmlParserCtxt* context) const { xmlFreeParserCtxt(context); }
};
using ParserContextPtr = std::unique_ptr<xmlParserCtxt, ParserContextDeleter>;

// Options: no network, no diagnostics on stderr. Deliberately absent: XML_PARSE_NOENT (entity
// substitution), XML_PARSE_DTDLOAD / DTDATTR / DTDVALID (external DTDs) and XML_PARSE_HUGE (the
// parser's size limits stay on).
constexpr int kSafeParseOptions = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;

struct DoctypeFlag {
  bool seen = false;
};

// SAX hook called when <!DOCTYPE is read, before its internal subset is parsed.
void refuse_doctype(void* user_data, const xmlChar*, const xmlChar*, const xmlChar*) {
  auto* context = static_cast<xmlParserCtxt*>(user_data);
  static_cast<DoctypeFlag*>(context->_private)->seen = true;
  xmlStopParser(context);
}

void init_libxml2_once() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
  quiet_library_messages();
}

std::string malformed_message(const xmlParserCtxt* context, std::string_view part_name) {
  std::string message = "malformed XML in " + std::string(part_name);
  const xmlError& error = context->lastError;
  // Line and libxml2 error number only: the error text may quote content from the file.
  if (error.code != 0) {
    message += " (line " + std::to_string(error.line) + ", libxml2 error " +
               std::to_string(error.code) + ")";
  }
  return message;
}

}  // namespace

XmlDocument XmlDocument::parse_untrusted(std::string_view xml, std::string_view part_name) {
  init_libxml2_once();
  if (xml.size() > static_cast<std::size_t>(INT_MAX)) {
    throw ExtractError("xml_malformed", std::string(part_name) + " is too large to parse");
  }
  ParserContextPtr context(xmlCreateMemoryParserCtxt(xml.data(), static_cast<int>(xml.size())));
  if (!context) throw ExtractError("xml_malformed", "cannot parse " + std::string(part_name));
  xmlCtxtUseOptions(context.get(), kSafeParseOptions);
  DoctypeFlag doctype;
  context->_private = &doctype;
  context->sax->internalSubset = refuse_doctype;
  const ElementWatch watch(context.get(), ReadLimits::kMaxXmlElements, ReadLimits::kMaxXmlDepth);

  xmlParseDocument(context.get());
  std::unique_ptr<xmlDoc, Deleter> doc(context->myDoc);
  context->myDoc = nullptr;
  // Before the well-formedness check: a parse the watch stopped is not well-formed either, and
  // the message must name the limit, not "malformed XML".
  if (watch.stopped() == ElementWatch::Stop::kDepth) {
    throw ExtractError("xml_too_deep", std::string(part_name) + " nests elements more than " +
                                           std::to_string(ReadLimits::kMaxXmlDepth) +
                                           " deep (too deep for a document part)");
  }
  if (watch.stopped() == ElementWatch::Stop::kElements) {
    throw ExtractError("xml_element_limit", std::string(part_name) + " has more than " +
                                                std::to_string(ReadLimits::kMaxXmlElements) +
                                                " elements");
  }
  if (doctype.seen || (doc && (doc->intSubset || doc->extSubset))) {
    throw ExtractError("xml_entity", std::string(part_name) +
                                         " declares a DOCTYPE; DTDs and entity declarations are "
                                         "refused");
  }
  if (!context->wellFormed || !doc || !xmlDocGetRootElement(doc.get())) {
    throw ExtractError("xml_malformed", malformed_message(context.get(), part_name));
  }
  return XmlDocument(doc.release());
}

}  // namespace ogi

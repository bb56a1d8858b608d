#include "extractors/common/element_watch.h"

namespace ogi {
namespace {

// SAX callbacks get the parser context, not the watch; a parse runs on one thread, so the watch
// of the parse in progress is found here.
thread_local ElementWatch* current_watch = nullptr;

}  // namespace

ElementWatch::ElementWatch(xmlParserCtxt* context, std::int64_t max_elements, int max_depth)
    : max_elements_(max_elements), max_depth_(max_depth), outer_(current_watch) {
  xmlSAXHandler* sax = context->sax;
  start_ns_ = sax->startElementNs;
  end_ns_ = sax->endElementNs;
  start_ = sax->startElement;
  end_ = sax->endElement;
  if (start_ns_) sax->startElementNs = start_ns;
  if (end_ns_) sax->endElementNs = end_ns;
  if (start_) sax->startElement = start;
  if (end_) sax->endElement = end;
  current_watch = this;
}

ElementWatch::~ElementWatch() { current_watch = outer_; }

void ElementWatch::entered(void* context) {
  ++elements_;
  ++depth_;
  if (stop_ != Stop::kNone) return;
  if (depth_ > max_depth_) {
    stop_ = Stop::kDepth;
  } else if (elements_ > max_elements_) {
    stop_ = Stop::kElements;
  }
  if (stop_ != Stop::kNone) xmlStopParser(static_cast<xmlParserCtxt*>(context));
}

void ElementWatch::start_ns(void* context, const xmlChar* name, const xmlChar* prefix,
                            const xmlChar* uri, int namespace_count, const xmlChar** namespaces,
                            int attribute_count, int defaulted_count, const xmlChar** attributes) {
  ElementWatch* watch = current_watch;
  watch->start_ns_(context, name, prefix, uri, namespace_count, namespaces, attribute_count,
                   defaulted_count, attributes);
  watch->entered(context);
}

void ElementWatch::end_ns(void* context, const xmlChar* name, const xmlChar* prefix,
                          const xmlChar* uri) {
  ElementWatch* watch = current_watch;
  if (watch->depth_ > 0) --watch->depth_;
  watch->end_ns_(context, name, prefix, uri);
}

void ElementWatch::start(void* context, const xmlChar* name, const xmlChar** attributes) {
  ElementWatch* watch = current_watch;
  watch->start_(context, name, attributes);
  watch->entered(context);
}

void ElementWatch::end(void* context, const xmlChar* name) {
  ElementWatch* watch = current_watch;
  if (watch->depth_ > 0) --watch->depth_;
  watch->end_(context, name);
}

}  // namespace ogi

#include "extractors/common/xml_nodes.h"

namespace ogi {
namespace {

std::string_view view_of(const xmlChar* text) {
  return text ? std::string_view(reinterpret_cast<const char*>(text)) : std::string_view();
}

const xmlNode* skip_to_element(const xmlNode* node) {
  while (node && node->type != XML_ELEMENT_NODE) node = node->next;
  return node;
}

void append_text(const xmlNode* node, std::string& out) {
  for (const xmlNode* child = node->children; child; child = child->next) {
    if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
      out += view_of(child->content);
    } else if (child->type == XML_ELEMENT_NODE) {
      append_text(child, out);
    }
  }
}

}  // namespace

std::string_view local_name(const xmlNode* node) { return node ? view_of(node->name) : ""; }

std::string_view namespace_uri(const xmlNode* node) {
  return node && node->ns ? view_of(node->ns->href) : std::string_view();
}

bool is_element(const xmlNode* node) { return node && node->type == XML_ELEMENT_NODE; }

bool is_element(const xmlNode* node, std::string_view ns_uri, std::string_view local) {
  return is_element(node) && local_name(node) == local && namespace_uri(node) == ns_uri;
}

std::optional<std::string> attribute(const xmlNode* node, std::string_view local,
                                     std::string_view ns_uri) {
  if (!is_element(node)) return std::nullopt;
  for (const xmlAttr* attr = node->properties; attr; attr = attr->next) {
    if (view_of(attr->name) != local) continue;
    const std::string_view attr_ns = attr->ns ? view_of(attr->ns->href) : std::string_view();
    if (attr_ns != ns_uri) continue;
    std::string value;
    for (const xmlNode* part = attr->children; part; part = part->next) {
      value += view_of(part->content);
    }
    return value;
  }
  return std::nullopt;
}

std::string text_content(const xmlNode* node) {
  std::string out;
  if (node) append_text(node, out);
  return out;
}

ElementChildren::iterator& ElementChildren::iterator::operator++() {
  node_ = skip_to_element(node_->next);
  return *this;
}

ElementChildren::iterator ElementChildren::begin() const {
  return iterator(parent_ ? skip_to_element(parent_->children) : nullptr);
}

const xmlNode* first_child_element(const xmlNode* parent, std::string_view ns_uri,
                                   std::string_view local) {
  for (const xmlNode* child : element_children(parent)) {
    if (is_element(child, ns_uri, local)) return child;
  }
  return nullptr;
}

}  // namespace ogi

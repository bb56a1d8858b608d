#include "extractors/docx/wordml.h"

#include <charconv>

#include "extractors/common/xml_nodes.h"

namespace ogi::wordml {

bool is_w(const xmlNode* node, std::string_view local) {
  if (!is_element(node) || local_name(node) != local) return false;
  const std::string_view ns = namespace_uri(node);
  return ns == kTransitionalNs || ns == kStrictNs;
}

std::optional<std::string> w_attr(const xmlNode* node, std::string_view local) {
  if (auto value = attribute(node, local, kTransitionalNs)) return value;
  return attribute(node, local, kStrictNs);
}

const xmlNode* w_child(const xmlNode* parent, std::string_view local) {
  for (const xmlNode* child : element_children(parent)) {
    if (is_w(child, local)) return child;
  }
  return nullptr;
}

bool w_toggle(const xmlNode* property) {
  if (!property) return false;
  const auto value = w_attr(property, "val");
  if (!value) return true;
  return !(*value == "0" || *value == "false" || *value == "off");
}

int w_int_attr(const xmlNode* node, std::string_view local, int fallback) {
  if (!node) return fallback;
  const auto value = w_attr(node, local);
  if (!value) return fallback;
  int number = 0;
  const char* begin = value->data();
  const char* end = begin + value->size();
  const auto [stop, error] = std::from_chars(begin, end, number);
  if (error != std::errc() || stop != end) return fallback;
  return number;
}

bool is_alternate_content(const xmlNode* node) {
  return is_element(node, kMarkupCompatibilityNs, "AlternateContent");
}

const xmlNode* chosen_alternate(const xmlNode* alternate_content) {
  if (const xmlNode* fallback =
          first_child_element(alternate_content, kMarkupCompatibilityNs, "Fallback")) {
    return fallback;
  }
  return first_child_element(alternate_content, kMarkupCompatibilityNs, "Choice");
}

}  // namespace ogi::wordml

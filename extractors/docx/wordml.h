#pragma once

#include <libxml/tree.h>

#include <optional>
#include <string>
#include <string_view>

namespace ogi::wordml {

// WordprocessingML in its two namespaces: transitional (what Word writes) and ISO strict.
inline constexpr std::string_view kTransitionalNs =
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
inline constexpr std::string_view kStrictNs = "http://purl.oclc.org/ooxml/wordprocessingml/main";
inline constexpr std::string_view kMarkupCompatibilityNs =
    "http://schemas.openxmlformats.org/markup-compatibility/2006";

// True for a w:<local> element in either namespace.
bool is_w(const xmlNode* node, std::string_view local);

// w:<local> attribute of a w: element (either namespace).
std::optional<std::string> w_attr(const xmlNode* node, std::string_view local);

// First w:<local> element child, or null.
const xmlNode* w_child(const xmlNode* parent, std::string_view local);

// Value of a toggle property element such as <w:vanish/> or <w:vanish w:val="false"/>:
// absent element → false, element without w:val → true.
bool w_toggle(const xmlNode* property);

// Integer w:<local> attribute, or `fallback` when absent or not a number.
int w_int_attr(const xmlNode* node, std::string_view local, int fallback);

// Integer w:val of a property element (w:gridSpan ...), or `fallback` when absent or not a
// number.
inline int w_int_val(const xmlNode* property, int fallback) {
  return w_int_attr(property, "val", fallback);
}

// Whether a node is mc:AlternateContent, and the branch to read from it: its mc:Fallback when
// present (written for readers that understand nothing newer), else its first mc:Choice.
bool is_alternate_content(const xmlNode* node);
const xmlNode* chosen_alternate(const xmlNode* alternate_content);

}  // namespace ogi::wordml

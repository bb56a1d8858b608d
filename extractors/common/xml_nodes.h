#pragma once

#include <libxml/tree.h>

#include <iterator>
#include <optional>
#include <string>
#include <string_view>

namespace ogi {

// Read-only helpers over libxml2 trees shared by the XML-based backends (DOCX, HTML).

std::string_view local_name(const xmlNode* node);
// Namespace URI of an element, empty when it has none (always empty for HTML).
std::string_view namespace_uri(const xmlNode* node);

bool is_element(const xmlNode* node);
bool is_element(const xmlNode* node, std::string_view ns_uri, std::string_view local);

// Attribute value by local name and namespace URI (empty `ns_uri`: an attribute without
// namespace, as in HTML). Entity and character references are already resolved.
std::optional<std::string> attribute(const xmlNode* node, std::string_view local,
                                     std::string_view ns_uri = {});

// Concatenated text of every descendant text and CDATA node.
std::string text_content(const xmlNode* node);

// The element children of a node in document order, skipping text, comments and PIs:
//   for (const xmlNode* child : element_children(node)) ...
class ElementChildren {
 public:
  class iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = const xmlNode*;
    using difference_type = std::ptrdiff_t;
    using pointer = const value_type*;
    using reference = value_type;

    explicit iterator(const xmlNode* node = nullptr) : node_(node) {}
    const xmlNode* operator*() const { return node_; }
    iterator& operator++();
    iterator operator++(int) {
      iterator before = *this;
      ++*this;
      return before;
    }
    bool operator==(const iterator& other) const { return node_ == other.node_; }
    bool operator!=(const iterator& other) const { return node_ != other.node_; }

   private:
    const xmlNode* node_;
  };

  explicit ElementChildren(const xmlNode* parent) : parent_(parent) {}
  iterator begin() const;
  iterator end() const { return iterator(); }

 private:
  const xmlNode* parent_;
};

inline ElementChildren element_children(const xmlNode* parent) { return ElementChildren(parent); }

// First element child with that namespace and local name, or null.
const xmlNode* first_child_element(const xmlNode* parent, std::string_view ns_uri,
                                   std::string_view local);

}  // namespace ogi

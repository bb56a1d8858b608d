#pragma once

#include <libxml/tree.h>

#include <memory>
#include <string_view>

namespace ogi {

// An owned libxml2 tree (XML or HTML parser output), freed with xmlFreeDoc.
class XmlDocument {
 public:
  // Takes ownership of a tree from any libxml2 parser; `doc` must not be null.
  explicit XmlDocument(xmlDocPtr doc) : doc_(doc) {}

  // Parses one XML part without ever loading a DTD, an external entity or anything from the
  // network. A DOCTYPE is refused outright — no legitimate OOXML part has one, and refusing it
  // before its internal subset is read is what makes billion-laughs end at once. Throws
  // ExtractError "xml_entity" for a DOCTYPE, "xml_too_deep" / "xml_element_limit" past
  // ReadLimits::kMaxXmlDepth / kMaxXmlElements (the parse stops there, before the tree is built)
  // and "xml_malformed" for a document that is not well-formed; `part_name` names the part in the
  // message.
  static XmlDocument parse_untrusted(std::string_view xml, std::string_view part_name);

  const xmlNode* root() const { return xmlDocGetRootElement(doc_.get()); }
  xmlDoc* get() const { return doc_.get(); }

 private:
  struct Deleter {
    void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
  };
  std::unique_ptr<xmlDoc, Deleter> doc_;
};

}  // namespace ogi

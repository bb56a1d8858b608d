#include "extractors/docx/main_part.h"

#include <optional>
#include <string_view>

#include "extractors/extract_error.h"
#include "extractors/xml_document.h"
#include "extractors/xml_nodes.h"

namespace ogi {
namespace {

constexpr std::string_view kDefaultPart = "word/document.xml";
constexpr std::string_view kRelationshipsNs =
    "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr std::string_view kContentTypesNs =
    "http://schemas.openxmlformats.org/package/2006/content-types";

// Part names in relationships and content types are absolute ("/word/document.xml"); zip entry
// names are not.
std::string entry_name(std::string part) {
  while (!part.empty() && part.front() == '/') part.erase(0, 1);
  return part;
}

std::optional<XmlDocument> read_optional_part(const ZipArchive& zip, const std::string& name) {
  if (!zip.has_entry(name)) return std::nullopt;
  try {
    return XmlDocument::parse_untrusted(zip.read_entry(name, 1u << 20), name);
  } catch (const ExtractError&) {
    return std::nullopt;  // a damaged hint only means one fallback fewer
  }
}

std::optional<std::string> from_relationships(const ZipArchive& zip) {
  const auto rels = read_optional_part(zip, "_rels/.rels");
  if (!rels) return std::nullopt;
  for (const xmlNode* relationship : element_children(rels->root())) {
    if (!is_element(relationship, kRelationshipsNs, "Relationship")) continue;
    const std::string type = attribute(relationship, "Type").value_or("");
    if (!type.ends_with("/officeDocument")) continue;
    const std::string target = entry_name(attribute(relationship, "Target").value_or(""));
    if (!target.empty() && zip.has_entry(target)) return target;
  }
  return std::nullopt;
}

bool is_main_document_type(std::string_view content_type) {
  return content_type.starts_with("application/vnd.") && content_type.ends_with(".main+xml") &&
         (content_type.find("wordprocessingml") != std::string_view::npos ||
          content_type.find("ms-word") != std::string_view::npos);
}

std::optional<std::string> from_content_types(const ZipArchive& zip) {
  const auto types = read_optional_part(zip, "[Content_Types].xml");
  if (!types) return std::nullopt;
  for (const xmlNode* entry : element_children(types->root())) {
    if (!is_element(entry, kContentTypesNs, "Override")) continue;
    if (!is_main_document_type(attribute(entry, "ContentType").value_or(""))) continue;
    const std::string part = entry_name(attribute(entry, "PartName").value_or(""));
    if (!part.empty() && zip.has_entry(part)) return part;
  }
  return std::nullopt;
}

}  // namespace

std::string main_document_part(const ZipArchive& zip) {
  if (zip.has_entry(std::string(kDefaultPart))) return std::string(kDefaultPart);
  if (auto part = from_relationships(zip)) return *part;
  if (auto part = from_content_types(zip)) return *part;
  throw ExtractError("missing_part", "the zip archive has no main document part (" +
                                         std::string(kDefaultPart) + ")");
}

}  // namespace ogi

#include "extractors/docx/main_part.h"

#include <optional>
#include <string_view>
#include <vector>

#include "extractors/common/xml_document.h"
#include "extractors/common/xml_nodes.h"
#include "extractors/extract_error.h"

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

// Targets are relative to the source part's folder unless they start with '/'; "." and ".."
// segments are resolved so the result is a plain zip entry name.
std::string resolve_target(const std::string& source_folder, const std::string& target) {
  const std::string joined = target.starts_with("/") ? target : source_folder + target;
  std::vector<std::string> segments;
  size_t start = 0;
  while (start <= joined.size()) {
    size_t end = joined.find('/', start);
    if (end == std::string::npos) end = joined.size();
    const std::string segment = joined.substr(start, end - start);
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (!segment.empty() && segment != ".") {
      segments.push_back(segment);
    }
    start = end + 1;
  }
  std::string resolved;
  for (const std::string& segment : segments) {
    resolved += (resolved.empty() ? "" : "/") + segment;
  }
  return resolved;
}

// A part's relationships to parts the package holds, in order: id, type, zip entry name.
struct Relationship {
  std::string id;
  std::string type;
  std::string target;
};

std::vector<Relationship> internal_relationships(const ZipArchive& zip,
                                                 const std::string& rels_name,
                                                 const std::string& source_folder) {
  const auto rels = read_optional_part(zip, rels_name);
  if (!rels) return {};
  std::vector<Relationship> found;
  for (const xmlNode* relationship : element_children(rels->root())) {
    if (!is_element(relationship, kRelationshipsNs, "Relationship")) continue;
    if (attribute(relationship, "TargetMode").value_or("") == "External") continue;
    std::string target =
        resolve_target(source_folder, attribute(relationship, "Target").value_or(""));
    if (target.empty() || !zip.has_entry(target)) continue;
    found.push_back({attribute(relationship, "Id").value_or(""),
                     attribute(relationship, "Type").value_or(""), std::move(target)});
  }
  return found;
}

std::optional<std::string> find_relationship(const ZipArchive& zip, const std::string& rels_name,
                                             const std::string& source_folder,
                                             std::string_view type) {
  const std::string type_suffix = "/" + std::string(type);
  for (Relationship& relationship : internal_relationships(zip, rels_name, source_folder)) {
    if (relationship.type.ends_with(type_suffix)) return std::move(relationship.target);
  }
  return std::nullopt;
}

// The .rels of `source_part` and the folder its targets are relative to.
std::pair<std::string, std::string> rels_of(const std::string& source_part) {
  const size_t slash = source_part.rfind('/');
  const std::string folder = slash == std::string::npos ? "" : source_part.substr(0, slash + 1);
  const std::string file = slash == std::string::npos ? source_part : source_part.substr(slash + 1);
  return {folder + "_rels/" + file + ".rels", folder};
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
  if (auto part = find_relationship(zip, "_rels/.rels", "", "officeDocument")) return *part;
  if (auto part = from_content_types(zip)) return *part;
  throw ExtractError("missing_part", "the zip archive has no main document part (" +
                                         std::string(kDefaultPart) + ")");
}

DocxPackage open_docx_package(const std::string& path) {
  ZipArchive zip(path);
  std::string part = main_document_part(zip);
  return {std::move(zip), std::move(part)};
}

std::optional<std::string> related_part(const ZipArchive& zip, const std::string& source_part,
                                        std::string_view type) {
  const auto [rels, folder] = rels_of(source_part);
  return find_relationship(zip, rels, folder, type);
}

std::vector<std::pair<std::string, std::string>> part_relationships(
    const ZipArchive& zip, const std::string& source_part) {
  const auto [rels, folder] = rels_of(source_part);
  std::vector<std::pair<std::string, std::string>> targets;
  for (Relationship& relationship : internal_relationships(zip, rels, folder)) {
    targets.emplace_back(std::move(relationship.id), std::move(relationship.target));
  }
  return targets;
}

}  // namespace ogi

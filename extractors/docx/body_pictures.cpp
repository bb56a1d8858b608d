#include "extractors/docx/body_pictures.h"

#include <algorithm>

#include "extractors/common/dom_walk.h"
#include "extractors/common/xml_nodes.h"
#include "extractors/ocr_module/table_pictures.h"
#include "extractors/read_limits.h"

namespace ogi {
namespace {

constexpr std::string_view kDrawingNs = "http://schemas.openxmlformats.org/drawingml/2006/main";
constexpr std::string_view kVmlNs = "urn:schemas-microsoft-com:vml";
constexpr std::string_view kRelationshipIdNs =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

// The relationship id a picture element names, "" for any other element.
std::string picture_id(const xmlNode* node) {
  if (is_element(node, kDrawingNs, "blip")) {
    return attribute(node, "embed", kRelationshipIdNs).value_or("");
  }
  if (is_element(node, kVmlNs, "imagedata")) {
    return attribute(node, "id", kRelationshipIdNs).value_or("");
  }
  return "";
}

}  // namespace

std::vector<std::string> body_pictures(const xmlNode* body, const DocxPackage& package) {
  std::vector<std::string> ids;
  walk_subtree(
      body,
      [&ids](const xmlNode* node) {
        if (!is_element(node)) return false;
        if (std::string id = picture_id(node); !id.empty()) ids.push_back(std::move(id));
        return true;
      },
      [](const xmlNode*) {});
  if (ids.empty()) return {};
  const auto targets = part_relationships(package.zip, package.main_part);
  std::vector<std::string> pictures;
  for (const std::string& id : ids) {
    const auto target = std::find_if(targets.begin(), targets.end(),
                                     [&id](const auto& pair) { return pair.first == id; });
    if (target != targets.end()) pictures.push_back(target->second);
  }
  return pictures;
}

void read_body_pictures(const xmlNode* body, const DocxPackage& package, Document& document) {
  const std::vector<std::string> pictures = body_pictures(body, package);
  read_table_pictures(document, pictures, [&](size_t index) {
    return package.zip.read_entry(pictures[index], ReadLimits::kMaxPictureBytes);
  });
}

}  // namespace ogi

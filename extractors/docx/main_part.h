#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "extractors/common/zip_archive.h"

namespace ogi {

// Zip entry name of a DOCX's main document part: word/document.xml when present, else the target
// of the package's officeDocument relationship (_rels/.rels), else the part [Content_Types].xml
// declares as the main document. Throws ExtractError("missing_part") when there is none.
std::string main_document_part(const ZipArchive& zip);

// Zip entry name of the part `source_part` links to with a relationship whose type ends with
// "/<type>" ("numbering", "styles"), from <dir>/_rels/<name>.rels; nullopt when there is none.
std::optional<std::string> related_part(const ZipArchive& zip, const std::string& source_part,
                                        std::string_view type);

}  // namespace ogi

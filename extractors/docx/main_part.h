#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extractors/common/zip_archive.h"

namespace ogi {

// Zip entry name of a DOCX's main document part: word/document.xml when present, else the target
// of the package's officeDocument relationship (_rels/.rels), else the part [Content_Types].xml
// declares as the main document. Throws ExtractError("missing_part") when there is none.
std::string main_document_part(const ZipArchive& zip);

// A DOCX package opened once: format detection opens it to see a main part and hands it on to
// extraction, so the file is unzipped once.
struct DocxPackage {
  ZipArchive zip;
  std::string main_part;  // entry name, from main_document_part
};

// Throws ExtractError as ZipArchive and main_document_part do.
DocxPackage open_docx_package(const std::string& path);

// Zip entry name of the part `source_part` links to with a relationship whose type ends with
// "/<type>" ("numbering", "styles"), from <dir>/_rels/<name>.rels; nullopt when there is none.
std::optional<std::string> related_part(const ZipArchive& zip, const std::string& source_part,
                                        std::string_view type);

// Relationship ids of `source_part` (from its .rels) and the zip entry each names, for internal
// targets the package holds ("rId5" -> "word/media/image1.png").
std::vector<std::pair<std::string, std::string>> part_relationships(const ZipArchive& zip,
                                                                    const std::string& source_part);

}  // namespace ogi

#pragma once

#include <string>

#include "extractors/zip_archive.h"

namespace ogi {

// Zip entry name of a DOCX's main document part: word/document.xml when present, else the target
// of the package's officeDocument relationship (_rels/.rels), else the part [Content_Types].xml
// declares as the main document. Throws ExtractError("missing_part") when there is none.
std::string main_document_part(const ZipArchive& zip);

}  // namespace ogi

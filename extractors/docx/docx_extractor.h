#pragma once

#include <string>

#include "extractors/docx/main_part.h"
#include "model/document.h"

namespace ogi {

// Reads word/document.xml of a DOCX (libzip + libxml2) into the document model: paragraphs and
// tables in body order, tables as native grids. Throws ExtractError for unreadable files.
Document extract_docx(const std::string& path);

// The same from a package format detection already opened.
Document read_docx(const DocxPackage& package);

}  // namespace ogi

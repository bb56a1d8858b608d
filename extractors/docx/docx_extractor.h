#pragma once

#include <string>

#include "model/document.h"

namespace ogi {

// Reads word/document.xml of a DOCX (libzip + libxml2) into the document model: paragraphs and
// tables in body order, tables as native grids. Throws ExtractError for unreadable files.
Document extract_docx(const std::string& path);

}  // namespace ogi

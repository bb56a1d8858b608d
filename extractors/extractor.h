#pragma once

#include <string>

#include "model/document.h"

namespace ogi {

// Format from the file's first bytes, falling back to its extension:
// "docx" | "pdf" | "html" | "txt" | "image" | "mht" | "doc" | "wps" | "rtf" | "odt" | ""
// (unknown). Never throws: a file that cannot be
// read is named by its extension alone.
std::string detect_format(const std::string& path);

// Runs the backend for the file's format. Throws ExtractError when the file cannot be read.
Document extract_document(const std::string& path);

}  // namespace ogi

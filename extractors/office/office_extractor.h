#pragma once

#include <string>

#include "model/document.h"

namespace ogi {

// Reads an office file of `format` ("doc", "wps", "rtf", "odt", from office_format) through the
// DOCX backend, unchanged, after LibreOffice converted it (libreoffice_conversion.h). The
// document keeps its own format and says which converter made the DOCX (`converted_by`, from the
// DOCX's docProps/app.xml). Throws ExtractError as the conversion and the DOCX reader do, and
// `not_a_word_file` for an OLE file without a Word document in it.
Document extract_office(const std::string& path, const std::string& format);

}  // namespace ogi

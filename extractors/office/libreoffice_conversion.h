#pragma once

#include <string>

#include "extractors/common/scratch_folder.h"

namespace ogi {

// A DOCX LibreOffice made from an office file, in a scratch folder removed with this object.
struct ConvertedDocx {
  ScratchFolder folder;
  std::string docx_path;
};

// Converts `path`, an office file of `format` ("doc", "wps", "rtf", "odt"), to DOCX with the
// LibreOffice found on $PATH (`soffice`, then `libreoffice`), headless, with a profile folder of
// its own that is thrown away after, so that conversions running side by side never share or
// lock one. The conversion runs in its own process group (ConverterProcess), killed after
// ReadLimits::kMaxConversionSeconds or before the file's deadline (file_deadline.h). Throws
// ExtractError: `converter_missing` (no LibreOffice, and what to install), `office_too_large`,
// `conversion_timeout`, `conversion_failed` (with the converter's own last words).
ConvertedDocx convert_with_libreoffice(const std::string& path, const std::string& format);

}  // namespace ogi

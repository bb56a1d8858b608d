#include "extractors/office/office_extractor.h"

#include "extractors/common/zip_archive.h"
#include "extractors/docx/docx_extractor.h"
#include "extractors/docx/main_part.h"
#include "extractors/extract_error.h"
#include "extractors/file_probe.h"
#include "extractors/office/libreoffice_conversion.h"
#include "extractors/office/office_format.h"
#include "extractors/office/rtf_nesting.h"
#include "extractors/read_limits.h"

namespace ogi {
namespace {

// "LibreOffice 7.4.7.2" from <Application>LibreOffice/7.4.7.2$Linux_X86_64 …</Application>.
std::string converter_name(const ZipArchive& zip) {
  constexpr std::string_view kDefault = "LibreOffice";
  if (!zip.has_entry("docProps/app.xml")) return std::string(kDefault);
  const std::string app = zip.read_entry("docProps/app.xml", 64 * 1024);
  const std::size_t start = app.find("<Application>LibreOffice/");
  if (start == std::string::npos) return std::string(kDefault);
  const std::size_t version = start + std::string_view("<Application>LibreOffice/").size();
  const std::size_t end = app.find_first_not_of("0123456789.", version);
  return std::string(kDefault) + " " + app.substr(version, end - version);
}

void check_before_conversion(const std::string& path, const std::string& format) {
  if (format == "rtf") {
    const std::uintmax_t size = readable_file_size(path);
    if (size <= ReadLimits::kMaxOfficeFileBytes) {
      check_rtf_nesting(read_file_head(path, static_cast<std::size_t>(size)));
    }
  } else if ((format == "doc" || format == "wps") && !names_word_document_stream(path)) {
    throw ExtractError("not_a_word_file",
                       "an OLE compound file without a WordDocument stream: not a Word 97-2003 "
                       "or WPS document, or one cut short or damaged");
  }
}

}  // namespace

Document extract_office(const std::string& path, const std::string& format) {
  check_before_conversion(path, format);
  const ConvertedDocx converted = convert_with_libreoffice(path, format);
  const DocxPackage package = open_docx_package(converted.docx_path);
  Document document = read_docx(package);
  document.format = format;
  document.converted_by = converter_name(package.zip);
  return document;
}

}  // namespace ogi

#include "extractors/docx/docx_extractor.h"

#include <optional>
#include <string_view>

#include "extractors/common/xml_document.h"
#include "extractors/common/zip_archive.h"
#include "extractors/docx/body_pictures.h"
#include "extractors/docx/body_walker.h"
#include "extractors/docx/list_numbering.h"
#include "extractors/docx/main_part.h"
#include "extractors/docx/paragraph_reader.h"
#include "extractors/docx/wordml.h"
#include "extractors/extract_error.h"
#include "extractors/file_probe.h"

namespace ogi {
namespace {

constexpr std::string_view kCompoundFileMagic = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
// Stream name of a password-protected OOXML package inside its compound-file wrapper, UTF-16LE.
constexpr std::string_view kEncryptedPackageName =
    std::string_view("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);
constexpr std::size_t kCompoundFileScanBytes = 64u << 20;

// Word saves a password-protected .docx as an OLE compound file, and a legacy .doc is one too;
// both deserve a clearer error than "not a zip".
void reject_compound_file(const std::string& path) {
  if (!read_file_head(path, kCompoundFileMagic.size()).starts_with(kCompoundFileMagic)) return;
  const std::string content = read_file_head(path, kCompoundFileScanBytes);
  if (content.find(kEncryptedPackageName) != std::string::npos) {
    throw ExtractError("encrypted", "the document is password-protected (encrypted OOXML)");
  }
  throw ExtractError("not_a_zip", "an OLE compound file (legacy Word .doc), not a DOCX package");
}

// An optional part that supports the main one (numbering, styles). A broken or hostile one costs
// only its feature, recorded as an issue.
std::optional<XmlDocument> read_support_part(const ZipArchive& zip, const std::string& main_part,
                                             std::string_view type, Document& document) {
  const std::optional<std::string> name = related_part(zip, main_part, type);
  if (!name) return std::nullopt;
  try {
    return XmlDocument::parse_untrusted(zip.read_entry(*name), *name);
  } catch (const ExtractError& error) {
    document.issues.push_back({error.code(), std::string(error.what()) + "; list numbers from " +
                                                 *name + " are not printed"});
    return std::nullopt;
  }
}

ListNumbering read_list_numbering(const ZipArchive& zip, const std::string& main_part,
                                  Document& document) {
  const auto numbering = read_support_part(zip, main_part, "numbering", document);
  if (!numbering) return {};
  const auto styles = read_support_part(zip, main_part, "styles", document);
  return ListNumbering(numbering->root(), styles ? styles->root() : nullptr);
}

}  // namespace

Document extract_docx(const std::string& path) {
  if (readable_file_size(path) == 0) throw ExtractError("empty_file", "the file is empty");
  reject_compound_file(path);
  return read_docx(open_docx_package(path));
}

Document read_docx(const DocxPackage& package) {
  const ZipArchive& zip = package.zip;
  const std::string& part = package.main_part;
  const XmlDocument xml = XmlDocument::parse_untrusted(zip.read_entry(part), part);
  if (!wordml::is_w(xml.root(), "document")) {
    throw ExtractError("xml_malformed", part + " is not a WordprocessingML document");
  }
  Document document;
  document.format = "docx";
  ParagraphReader reader(read_list_numbering(zip, part, document));
  const xmlNode* body = wordml::w_child(xml.root(), "body");
  append_body_blocks(body, reader, document);
  read_body_pictures(body, package, document);
  return document;
}

}  // namespace ogi

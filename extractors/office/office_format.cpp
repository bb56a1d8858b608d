#include "extractors/office/office_format.h"

#include <cstdint>

#include "extractors/file_probe.h"
#include "extractors/read_limits.h"

namespace ogi {
namespace {

constexpr std::string_view kCompoundFileMagic = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
// Stream names in an OLE directory are UTF-16LE.
constexpr std::string_view kEncryptedPackageName =
    std::string_view("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);
constexpr std::string_view kWordDocumentName =
    std::string_view("W\0o\0r\0d\0D\0o\0c\0u\0m\0e\0n\0t\0", 24);
constexpr std::string_view kOdfTextMimetype = "application/vnd.oasis.opendocument.text";

std::uint32_t little_endian(std::string_view bytes, std::size_t offset, int width) {
  std::uint32_t value = 0;
  for (int i = width - 1; i >= 0; --i) {
    value = (value << 8) | static_cast<unsigned char>(bytes[offset + i]);
  }
  return value;
}

// ODF puts an uncompressed entry "mimetype" first, so its type is readable at a fixed place.
bool is_odf_text(std::string_view head) {
  constexpr std::size_t kNameOffset = 30;
  if (!head.starts_with("PK\x03\x04") || head.size() < kNameOffset) return false;
  const std::uint32_t method = little_endian(head, 8, 2);
  const std::uint32_t name_length = little_endian(head, 26, 2);
  const std::uint32_t extra_length = little_endian(head, 28, 2);
  if (method != 0 || head.substr(kNameOffset, name_length) != "mimetype") return false;
  const std::size_t content = kNameOffset + name_length + extra_length;
  return content < head.size() && head.substr(content).starts_with(kOdfTextMimetype);
}

bool is_rtf(std::string_view head) {
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  while (!head.empty() && (head.front() == ' ' || head.front() == '\r' || head.front() == '\n' ||
                           head.front() == '\t')) {
    head.remove_prefix(1);
  }
  return head.starts_with("{\\rtf");
}

std::string compound_file_names(const std::string& path) {
  return read_file_head(path, static_cast<std::size_t>(ReadLimits::kMaxOfficeFileBytes));
}

}  // namespace

bool names_word_document_stream(const std::string& path) {
  return compound_file_names(path).find(kWordDocumentName) != std::string::npos;
}

std::string office_format(std::string_view head, const std::string& path) {
  if (is_rtf(head)) return "rtf";
  if (is_odf_text(head)) return "odt";
  if (!head.starts_with(kCompoundFileMagic)) return "";
  if (compound_file_names(path).find(kEncryptedPackageName) != std::string::npos) return "";
  return lower_extension(path) == ".wps" ? "wps" : "doc";
}

}  // namespace ogi

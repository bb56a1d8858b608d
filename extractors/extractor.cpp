#include "extractors/extractor.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string_view>

#include "extractors/docx/docx_extractor.h"
#include "extractors/docx/main_part.h"
#include "extractors/extract_error.h"
#include "extractors/file_probe.h"
#include "extractors/html/html_extractor.h"
#include "extractors/mht/mht_extractor.h"
#include "extractors/mht/mime_headers.h"
#include "extractors/ocr_module/ocr_module.h"
#include "extractors/office/office_extractor.h"
#include "extractors/office/office_format.h"
#include "extractors/pdf/pdf_backend.h"
#include "extractors/read_limits.h"
#include "extractors/text/text_extractor.h"

namespace ogi {
namespace {

constexpr std::size_t kSniffBytes = 4096;

// One backend per format. Add a row here when a backend lands. A DOCX package found by sniffing
// goes to read_docx with its open archive instead; the "docx" row reads a file only its
// extension calls a DOCX, to report why it is not one.
struct Backend {
  std::string_view format;
  Document (*extract)(const std::string& path);
};
constexpr std::array kBackends = {
    Backend{"docx", extract_docx},
    Backend{"pdf", extract_pdf_with_ocr},
    Backend{"image", [](const std::string& path) { return ocr_module().extract_image(path); }},
    Backend{"html", extract_html},
    Backend{"txt", extract_text},
    Backend{"mht", extract_mht},
    Backend{"doc", [](const std::string& path) { return extract_office(path, "doc"); }},
    Backend{"wps", [](const std::string& path) { return extract_office(path, "wps"); }},
    Backend{"rtf", [](const std::string& path) { return extract_office(path, "rtf"); }},
    Backend{"odt", [](const std::string& path) { return extract_office(path, "odt"); }},
};

std::string ascii_lower(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return lower;
}

std::optional<DocxPackage> docx_package(const std::string& path) {
  try {
    return open_docx_package(path);
  } catch (const ExtractError&) {
    return std::nullopt;
  }
}

bool looks_like_html(std::string_view head) {
  const std::string lower = ascii_lower(head);
  for (std::string_view marker : {"<html", "<!doctype html", "<meta", "<head", "<body"}) {
    if (lower.find(marker) != std::string::npos) return true;
  }
  return false;
}

bool is_image(std::string_view head) {
  return head.starts_with("\x89PNG\r\n\x1a\n") || head.starts_with("\xFF\xD8\xFF") ||
         head.starts_with(std::string_view("II*\0", 4)) ||
         head.starts_with(std::string_view("MM\0*", 4));
}

std::string format_from_extension(const std::string& path) {
  const std::string extension = lower_extension(path);
  if (extension == ".txt") return "txt";
  if (extension == ".html" || extension == ".htm" || extension == ".shtml") return "html";
  if (extension == ".docx") return "docx";
  if (extension == ".pdf") return "pdf";
  if (extension == ".mht" || extension == ".mhtml") return "mht";
  if (extension == ".doc" || extension == ".wps" || extension == ".rtf" || extension == ".odt") {
    return extension.substr(1);
  }
  if (extension == ".png" || extension == ".jpg" || extension == ".jpeg" || extension == ".tif" ||
      extension == ".tiff") {
    return "image";
  }
  return "";
}

// The format, and the DOCX package when the bytes are one, opened for extraction to use.
struct SniffedFile {
  std::string format;
  std::optional<DocxPackage> docx;
};

SniffedFile sniff_file(const std::string& path) {
  const std::string head = read_file_head(path, kSniffBytes);
  if (std::string office = office_format(head, path); !office.empty()) return {office, {}};
  if (head.starts_with("PK\x03\x04")) {
    if (std::optional<DocxPackage> package = docx_package(path))
      return {"docx", std::move(package)};
  }
  // The PDF header may follow some junk bytes; readers accept it within the first KiB.
  if (std::string_view(head).substr(0, 1024).find("%PDF-") != std::string_view::npos) {
    return {"pdf", {}};
  }
  if (is_image(head)) return {"image", {}};
  // A web archive's header block comes before the page it holds.
  if (looks_like_mime_archive(head)) return {"mht", {}};
  if (looks_like_html(head)) return {"html", {}};
  return {format_from_extension(path), {}};
}

Document bounded(Document document) {
  apply_text_limits(document);
  return document;
}

}  // namespace

std::string detect_format(const std::string& path) {
  try {
    return sniff_file(path).format;
  } catch (const ExtractError&) {
    return format_from_extension(path);  // a file that cannot be read has only its name
  }
}

Document extract_document(const std::string& path) {
  if (readable_file_size(path) == 0) throw ExtractError("empty_file", "the file is empty");
  SniffedFile file = sniff_file(path);
  if (file.docx) return bounded(read_docx(*file.docx));
  const std::string& format = file.format;
  for (const Backend& backend : kBackends) {
    if (backend.format == format) return bounded(backend.extract(path));
  }
  if (format.empty()) throw ExtractError("unsupported_format", "unrecognised file format");
  throw ExtractError("unsupported_format", "no extractor for the " + format + " format yet");
}

}  // namespace ogi

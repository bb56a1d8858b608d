#include "extractors/common/pdf_open.h"

#include <ErrorCodes.h>

#include <fstream>

#include "extractors/common/pdf_xref_claims.h"
#include "extractors/extract_error.h"

namespace ogi {
namespace {

constexpr std::streamoff kTrailerScanBytes = 1024;

}  // namespace

bool pdf_looks_truncated(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return false;
  const std::streamoff size = in.tellg();
  const std::streamoff start = size > kTrailerScanBytes ? size - kTrailerScanBytes : 0;
  in.seekg(start);
  std::string tail(static_cast<size_t>(size - start), '\0');
  in.read(tail.data(), static_cast<std::streamsize>(tail.size()));
  return tail.find("%%EOF") == std::string::npos;
}

std::unique_ptr<PDFDoc> open_pdf(const std::string& path) {
  check_xref_claims(path);
  auto document = std::make_unique<PDFDoc>(std::make_unique<GooString>(path));
  if (!document->isOk()) {
    const int code = document->getErrorCode();
    if (code == errEncrypted) {
      throw ExtractError("encrypted", "the PDF is encrypted with a user password");
    }
    if (code == errOpenFile || code == errFileIO) {
      throw ExtractError("unreadable", "the PDF file cannot be opened");
    }
    if (pdf_looks_truncated(path)) {
      throw ExtractError("truncated", "the PDF file ends before its trailer (cut short)");
    }
    throw ExtractError("corrupt_pdf", "the PDF structure cannot be parsed");
  }
  if (document->getNumPages() <= 0) {
    if (pdf_looks_truncated(path)) {
      throw ExtractError("truncated", "the PDF file is cut short and no page could be read");
    }
    throw ExtractError("no_pages", "the PDF has no pages");
  }
  return document;
}

}  // namespace ogi

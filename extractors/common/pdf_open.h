#pragma once

#include <PDFDoc.h>

#include <memory>
#include <string>

namespace ogi {

// Opens a PDF for reading. Throws ExtractError: "encrypted" when a user password is needed (an
// owner password alone only restricts printing or copying and opens normally), "truncated" when
// the file ends before its trailer and cannot be repaired, "corrupt_pdf" when it cannot be parsed,
// "no_pages" when it parses but holds no page, "pdf_xref_size" when it claims more objects than
// ReadLimits::kMaxPdfObjects (checked on the raw bytes before Poppler sizes its tables by them).
std::unique_ptr<PDFDoc> open_pdf(const std::string& path);

// Whether the file's last KiB lacks the "%%EOF" marker every complete PDF ends with.
bool pdf_looks_truncated(const std::string& path);

}  // namespace ogi

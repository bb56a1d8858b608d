#pragma once

#include <cstdint>
#include <string>

namespace ogi {

// The largest object number a PDF claims anywhere Poppler would size its cross-reference table
// by: a trailer's or xref stream's `/Size N`, an xref table subsection `first count`, an xref
// stream's `/Index [first count ...]`, and the `N G obj` headers a damaged file is rebuilt from.
// Poppler allocates one entry (40 bytes) for every number up to the largest it believes, so a
// 1 KB file claiming fifty million objects costs gigabytes before any page is read. Read in
// chunks from the raw bytes, without parsing the PDF (the dictionaries holding these keys are
// never compressed).
std::int64_t largest_claimed_object(const std::string& path);

// Throws ExtractError `pdf_xref_size` when the file claims more than ReadLimits::kMaxPdfObjects
// objects.
void check_xref_claims(const std::string& path);

}  // namespace ogi

#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "model/document.h"

namespace ogi::fuzz {

// The extractors take paths, so each input is written to one scratch file per process (named
// with the extension the backend expects) and the backend reads it back. A fresh name per run
// would only fill /tmp; rewriting the same file is enough because runs are sequential.
std::string write_scratch_file(const std::uint8_t* data, std::size_t size,
                               const std::string& extension);

// Runs `extract` on the bytes, then the pipeline's stages after extraction (process_extracted).
// ExtractError is the expected way to refuse a file and is swallowed; any other exception escapes
// so that libFuzzer reports it as a finding.
void run_pipeline(const std::uint8_t* data, std::size_t size, const std::string& extension,
                  Document (*extract)(const std::string& path));

// The same for a file a target wrote itself (fuzz_docx_xml zips its XML into a package).
void run_extracted(const std::string& path, Document (*extract)(const std::string& path));

}  // namespace ogi::fuzz

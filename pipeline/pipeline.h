#pragma once

#include <string>

#include "model/document.h"
#include "model/report.h"

namespace ogi {

struct ProcessedFile {
  Report report;
  // True when nothing of the report could be read (unreadable file, or no template table): the
  // record still exists, with `errors` saying why, and a single-file run exits non-zero.
  bool unreadable = false;
};

// file → extractor → normalize → layout → validate. Never throws: every failure becomes an entry
// in the record's `errors` naming the reason. A FIFO, device, directory or a file over
// kMaxInputBytes is refused before any byte is read (extractors/input_file.h). `sha256`: the
// file's digest when the caller has it already (a batch worker hashed it), so the file is not read
// twice; empty: hashed here. `source.path` is written as path_text (model/path_text.h).
ProcessedFile process_file(const std::string& path, const std::string& sha256 = "");

// The stages before mapping (extractor, normalize, structure rebuild), for tools that show what
// layout saw. Throws ExtractError when the file cannot be read.
Document read_document(const std::string& path);

// Every stage after an extractor (normalize, structure rebuild, mapping, validation), for callers
// that ran an extractor themselves: the fuzz targets drive one backend each. No OCR re-reading,
// which needs the file.
Report process_extracted(Document document);

}  // namespace ogi

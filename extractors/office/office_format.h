#pragma once

#include <string>
#include <string_view>

namespace ogi {

// The office formats LibreOffice converts for us, told by content, not by name: "doc" or "wps"
// for an OLE compound file (Word 97-2003's binary format, which Kingsoft WPS also writes; the
// name only chooses which of the two the record says), "rtf" for `{\rtf`, "odt" for an ODF zip
// whose first entry is its text mimetype; "" otherwise. An OLE file that wraps an encrypted
// OOXML package is not one of them (the DOCX reader says it is encrypted). `head` is the file's
// first bytes; an OLE file is read further for its stream names.
std::string office_format(std::string_view head, const std::string& path);

// Whether an OLE compound file names a "WordDocument" stream (Word 97-2003 and WPS documents
// do; spreadsheets, presentations and files cut short before their directory do not).
bool names_word_document_stream(const std::string& path);

}  // namespace ogi

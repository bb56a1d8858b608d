#pragma once

#include <string>
#include <string_view>

namespace ogi {

// How a file path is written in every output (record `source.path`, CSV, SQLite, manifest,
// messages): a file name on Linux is bytes, outputs are UTF-8. Valid UTF-8 is kept as it is,
// each byte that is not part of a valid UTF-8 sequence becomes `\xHH` (two lowercase hex
// digits) and a backslash becomes `\\`, so the text is valid UTF-8 and maps back to exactly
// one byte string (the bytes `bad\xff\xfename.docx` are written `bad\xff\xfename.docx`, a
// literal backslash in a name `\\`). Overlong forms, surrogates and code points past U+10FFFF
// count as invalid bytes.
std::string path_text(std::string_view path);

// The bytes `path_text` was made from (for tools that open the file named in a record).
std::string path_from_text(std::string_view text);

}  // namespace ogi

#pragma once

#include <string>
#include <string_view>

namespace ogi {

// NFKC (full-width forms to ASCII), whitespace runs folded to one space, spaces and line breaks
// between two CJK characters removed (PDF extraction and hard-wrapped dumps put them there),
// trimmed. Keeps '\n' between paragraphs only when keep_newlines is set.
std::string normalize_text(std::string_view text, bool keep_newlines = false);

// A label reduced for matching: normalize_text, then every whitespace removed, brackets unified to
// ASCII "()", curly and corner quotes to '"', and the enumeration comma variants kept as printed.
std::string compact_label(std::string_view text);

}  // namespace ogi

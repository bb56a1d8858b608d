#pragma once

#include <string_view>

namespace ogi {

// Throws ExtractError("rtf_too_deep") when RTF groups nest deeper than
// ReadLimits::kMaxRtfGroupDepth: checked on the bytes before LibreOffice parses them, so a file of
// a hundred thousand `{` costs a scan, not a converter's recursion. Escaped braces (`\{`) and
// `\binN` data are not groups.
void check_rtf_nesting(std::string_view rtf);

}  // namespace ogi

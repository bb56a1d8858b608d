#include "extractors/office/rtf_nesting.h"

#include <cctype>
#include <string>

#include "extractors/extract_error.h"
#include "extractors/read_limits.h"

namespace ogi {
namespace {

// After `\bin` at `pos`: the byte count that follows, and where its data starts.
std::size_t skip_binary_data(std::string_view rtf, std::size_t pos) {
  std::size_t count = 0;
  while (pos < rtf.size() && std::isdigit(static_cast<unsigned char>(rtf[pos]))) {
    count = count * 10 + static_cast<std::size_t>(rtf[pos] - '0');
    if (count > rtf.size()) return rtf.size();
    ++pos;
  }
  if (pos < rtf.size() && rtf[pos] == ' ') ++pos;
  return pos + count < rtf.size() ? pos + count : rtf.size();
}

}  // namespace

void check_rtf_nesting(std::string_view rtf) {
  int depth = 0;
  for (std::size_t pos = 0; pos < rtf.size(); ++pos) {
    const char c = rtf[pos];
    if (c == '\\') {
      if (rtf.substr(pos + 1).starts_with("bin")) {
        pos = skip_binary_data(rtf, pos + 4) - 1;
      } else {
        ++pos;  // an escaped brace or backslash is text
      }
    } else if (c == '{' && ++depth > ReadLimits::kMaxRtfGroupDepth) {
      throw ExtractError("rtf_too_deep", "RTF groups are nested more than " +
                                             std::to_string(ReadLimits::kMaxRtfGroupDepth) +
                                             " deep (at byte " + std::to_string(pos) +
                                             "); the file was not converted");
    } else if (c == '}' && depth > 0) {
      --depth;
    }
  }
}

}  // namespace ogi

#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ogi {

// CJK radicals printed where an ideograph belongs. Some PDF producers (QtWebKit prints, fonts
// whose glyph for 人 is also their radical's) map a glyph to the radical's code point: `⼈` for
// 人, `⺠` for 民. NFKC turns the Kangxi Radicals back into ideographs but leaves most of the CJK
// Radicals Supplement (`⺠ ⻚ ⻔ ⻓`) as they are, so they would reach the template's labels.

struct RadicalIdeograph {
  char32_t radical;
  char32_t ideograph;
};

// Every radical of the Kangxi Radicals (U+2F00–U+2FD5) and CJK Radicals Supplement
// (U+2E80–U+2EF3) blocks that has an ideograph, with it, sorted by radical
// (cjk_radical_table.cpp, generated from Unicode's EquivalentUnifiedIdeograph.txt).
const std::vector<RadicalIdeograph>& cjk_radical_table();

// The ideograph of a radical; any other code point as it is.
char32_t ideograph_of_radical(char32_t c);

// `text` with every radical replaced by its ideograph, written to `out`; false (and `out`
// untouched) when `text` holds none.
bool replace_cjk_radicals(std::string_view text, std::string& out);

}  // namespace ogi

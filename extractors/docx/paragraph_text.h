#pragma once

#include <libxml/tree.h>

#include <string>
#include <string_view>

namespace ogi {

// The text of one w:p as Word prints it: w:t text, w:tab → '\t', w:br / w:cr → '\n',
// w:noBreakHyphen → '-'. Looks through hyperlinks, smart tags, custom XML, content controls and
// simple fields; keeps tracked insertions and moves' destinations, drops deletions, moves' sources,
// hidden (w:vanish) runs and complex-field instructions (only the field result is printed).
// Drawings and text boxes are skipped. Not normalized.
std::string paragraph_text(const xmlNode* paragraph);

// True when the text prints nothing: only spaces, tabs, line breaks, U+00A0 or U+3000.
bool is_blank_text(std::string_view text);

}  // namespace ogi

#pragma once

#include <string>

namespace ogi {

// Chinese OCR models often swap glyphs that differ by a stroke or a hook (予/子, 已/己, 未/末,
// 人/入). Labels are compared with every such glyph replaced by one representative of its group,
// so a label read from a scan with such a swap still matches its printed label; born-digital text
// is unaffected.
std::u32string canonical_glyphs(std::u32string text);

}  // namespace ogi

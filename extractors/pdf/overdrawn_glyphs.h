#pragma once

#include <vector>

#include "model/document.h"

namespace ogi {

// Drops glyphs drawn again over themselves: "fake bold" (WPS, some printers) paints each
// character two or three times a fraction of a point apart, which would otherwise read "规规章章".
// A glyph is a repeat when the same code point was already placed within a quarter em. Runs left
// empty are removed; the others keep their boxes consistent with their text.
void drop_overdrawn_glyphs(std::vector<TextRun>& runs);

}  // namespace ogi

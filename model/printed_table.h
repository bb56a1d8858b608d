#pragma once

#include <string_view>

namespace ogi {

// How a table printed without rules shows in a page's text. PDF page triage (extractors) decides
// from it that a page needs its rules found in pixels, and layout's rule-less passes rebuild the
// table from it; both read the page with these numbers so that they agree on what a row and a
// cell are.

// Glyphs (or words) whose vertical centres lie within this share of the taller one's height stand
// on one line.
inline constexpr double kSameLineFraction = 0.35;

// Glyphs of one cell stand closer than this (em); neighbouring cells further apart (narrow 表四
// columns print their headers a character per line, about an em apart).
inline constexpr double kCellGapEm = 0.5;

// Whether a text layer's word is a number as a table cell prints it in ASCII: digits with '.' or
// ',' between them and nothing else (no sign, unit, dash or full-width digit). Stricter than
// layout's parses_as_number (the value parser's reading of a cell, which needs normalize/).
bool is_ascii_number(std::string_view text);

}  // namespace ogi

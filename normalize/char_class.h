#pragma once

namespace ogi {

// Character classes that decide where whitespace is noise. CJK text is written without spaces,
// so a space next to a CJK character is an extraction artefact; between two ASCII tokens it is
// meaningful.

// Han, kana, bopomofo, CJK symbols and punctuation, full-width forms, and the punctuation
// Chinese text shares with other scripts (curly quotes, ellipsis, em dash, middle dot).
bool is_cjk_char(char32_t c);

// ASCII punctuation, which NFKC also produces from full-width punctuation (，：（）→ ,:()).
// It is transparent when deciding whether a space separates CJK text.
bool is_ascii_punct(char32_t c);

// \n \r \v \f, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR.
bool is_line_break(char32_t c);

// Unicode White_Space other than line breaks (tab, nbsp, ideographic space, en space, ...).
bool is_inline_space(char32_t c);

// Characters that carry nothing visible: zero-width spaces and joiners, BOM, soft hyphen, other
// default-ignorable code points, and control characters that are not whitespace.
bool is_dropped_char(char32_t c);

// Columns a character takes in print: 2 for East Asian wide, full-width and ambiguous (CJK fonts
// set curly quotes full width), 1 otherwise.
int display_width(char32_t c);

}  // namespace ogi

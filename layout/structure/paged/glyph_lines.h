#pragma once

#include <string>
#include <vector>

#include "model/document.h"

namespace ogi {

// One character placed on a page: the unit tables and paragraphs are rebuilt from, whether it
// came from a PDF text layer or from OCR.
struct Glyph {
  char32_t code_point = 0;
  Box box;
  double font_size = 0;
  double confidence = 1.0;
};

// The page's runs as glyphs. A run without character boxes (OCR words) is split evenly.
std::vector<Glyph> page_glyphs(const Page& page);

// Glyphs sharing a baseline band, left to right.
struct GlyphLine {
  std::vector<Glyph> glyphs;
  Box box;
  double font_size = 0;     // the largest on the line
  double confidence = 1.0;  // the lowest on the line
};

// Groups glyphs into lines, top to bottom: a glyph joins the line whose vertical centre is within
// a third of its height. Vertically printed labels come out one line per character.
std::vector<GlyphLine> group_lines(std::vector<Glyph> glyphs);

// A line's text, with a space where two glyphs stand further apart than 0.15 em
// (normalize later removes the spaces that touch CJK text).
std::string line_text(const GlyphLine& line);

// Lines joined with '\n', top to bottom.
std::string lines_text(const std::vector<GlyphLine>& lines);

// The size of the glyphs a table's values are printed in: the median digit (the median glyph
// when there is no digit; 0 for none). Not the largest glyph of a line nor the median over all
// glyphs: on a scan one mark misread as a tall glyph makes a line's size, and labels read as one
// run over two lines outnumber the digits.
double value_glyph_size(const std::vector<Glyph>& glyphs);

}  // namespace ogi

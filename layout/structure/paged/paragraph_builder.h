#pragma once

#include <map>
#include <vector>

#include "layout/structure/paged/glyph_lines.h"
#include "model/document.h"

namespace ogi {

// A text line outside tables, with the page it is on.
struct PlacedLine {
  GlyphLine line;
  int page = 0;
  double page_width = 0;
};

// Where body text starts and ends on pages of one width, and how far apart its lines usually are.
struct TextFrame {
  double left = 0;
  double right = 0;
  double line_gap = 0;
  double body_size = 0;  // the most common font size
};

// Text frames by page width (rounded to a point), estimated from every line of the document so
// that a few lines between two tables are judged against the whole document's margins.
class TextFrames {
 public:
  explicit TextFrames(const std::vector<PlacedLine>& lines);
  const TextFrame& frame_for(double page_width) const;

 private:
  std::map<int, TextFrame> frames_;
  TextFrame fallback_;
};

// Paragraphs from consecutive lines in reading order (possibly over a page break). A paragraph
// ends where its line stops short of the right margin, before an indented line, before a line
// that opens with an enumeration marker (一、 （一） 1.), where the font size changes, or after a
// gap wider than the usual line spacing; but a title set larger than the body and centred over
// several lines stays one paragraph. Text is normalized, hard wraps joined.
std::vector<Paragraph> build_paragraphs(const std::vector<PlacedLine>& lines,
                                        const TextFrames& frames);

}  // namespace ogi

#pragma once

#include <vector>

#include "extractors/ocr/image/page_source.h"
#include "extractors/ocr/image/rule_detect.h"

namespace ogi {

// A page ready for recognition: upright, straightened, paper flattened to white, binarized, its
// ruling lines found. Pixel coordinates of every later step refer to these images.
struct PreparedPage {
  PixPtr gray;    // 8 bpp, what Tesseract reads (its LSTM recognizer wants grey, not 1 bpp)
  PixPtr binary;  // 1 bpp, for geometry: rules, cells, ink
  DetectedRules rules;
  double dpi = 0;
  double width = 0;  // page size in points, as displayed after the quarter turns
  double height = 0;
  int quarter_turns = 0;  // clockwise turns applied to make the page upright
  double skew_degrees = 0;

  double points_per_pixel() const { return 72.0 / dpi; }
};

// Normalizes, turns by `quarter_turns` clockwise, deskews (the measured skew is undone by a
// rotation about the page centre) and binarizes the page, then finds its rules.
PreparedPage prepare_page(const RasterPage& raster, int quarter_turns);

// The page's picture as it was read: turned upright by `quarter_turns` and straightened by the
// skew prepare_page measures, but not flattened or binarized, so that what was read there (runs,
// rules, cells, in the prepared page's pixels) can be drawn over it where it lies (ogi debug
// --png, the audit pages' crops).
PixPtr upright_view(const RasterPage& raster, int quarter_turns);

// The page with its rules erased (a little wider than drawn: a scan's rule edges are ragged):
// grey for reading, binary for finding where the print is.
struct ErasedPage {
  PixPtr gray;
  PixPtr ink;
};
ErasedPage erase_rules(const PreparedPage& page);

// The erased page's grey with the paper away from its print made white: what the threshold called
// paper (the other side's print showing through, a shadow's grey, JPEG ringing) would otherwise
// add strokes to a digit. Beside the print its soft edges stay (grey darker than 200 within
// 0.015 in), but no lighter stroke touching a digit. One more image for re-reading a doubted cell:
// on clean pages the thinner edges read worse than the scan itself (515 as 5195).
PixPtr print_on_white(const ErasedPage& erased, double dpi);

// Another binarization of the page (1 bpp, same size) with the page's rules erased the same way.
PixPtr without_rules(const PreparedPage& page, PIX* binary);

// Whether the text lines of `text` (1 bpp print at `dpi`, rules left out) run top to bottom:
// glyphs smeared along their line merge into long thin components, so the axis along which
// smearing yields more line length is the one the text runs along.
bool lines_run_down(PIX* text, double dpi);

// Whether the page's text lines run top to bottom (a page scanned or rotated a quarter turn).
bool looks_sideways(const PreparedPage& page);

// The longest lines of print running across `ink` (1 bpp at `dpi`, rules erased: ErasedPage),
// longest first, at most `count`: the boxes of their glyphs. What erasing a rule left of it is no
// line.
std::vector<PixelBox> longest_text_lines(PIX* ink, double dpi, size_t count);

}  // namespace ogi

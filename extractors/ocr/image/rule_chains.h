#pragma once

#include <functional>
#include <vector>

#include "extractors/ocr/image/lept_ptr.h"

namespace ogi {

// Which way the rules run that `chained_rules` looks for.
enum class RuleAxis { kHorizontal, kVertical };

// Rules a threshold broke into pieces, joined again. A thin rule on a 1-bit scan vanishes wherever
// its slant makes it straddle two rows of pixels, so what is left of it is a row of collinear
// pieces with gaps as long as the pieces (longer the smaller the skew). Pieces on one line (within
// a pixel or two across) are chained when the gap between them is no longer than twice the
// shorter of the two; a chain is a rule when it is long, mostly ink, and has paper on both sides (a
// line of glyphs whose strokes line up has the rest of its glyphs beside them). Returns the
// chains, each as the solid line it stands for and the pieces it was made of.
struct RuleChain {
  PixelBox line;  // along the whole chain, as thick as its thickest piece
  std::vector<PixelBox> pieces;
};
// What else a chain must satisfy, when given: `may_join`, whether a piece may be part of a
// chain at all (a column of digits lines up like a broken column rule); `may_bridge`, whether a
// gap longer than any dash gap may be bridged (its box, as thick as the pieces: two tables one
// above the other have their borders on one line too).
struct ChainChecks {
  std::function<bool(const PixelBox& piece)> may_join;
  std::function<bool(const PixelBox& gap)> may_bridge;
};
std::vector<RuleChain> chained_rules(PIX* binary, double dpi, RuleAxis axis,
                                     const ChainChecks& checks = {});

// The chains' lines as a 1 bpp mask of `width` by `height`.
PixPtr paint_lines(const std::vector<RuleChain>& chains, int width, int height);

}  // namespace ogi

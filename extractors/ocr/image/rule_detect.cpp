#include "extractors/ocr/image/rule_detect.h"

#include <algorithm>

#include "extractors/ocr/image/rule_chains.h"
#include "extractors/ocr/image/rule_crossings.h"
#include "extractors/ocr/image/rule_ends.h"

namespace ogi {
namespace {

// Lengths in inches, so the thresholds hold at any resolution. A structuring element must be
// longer than the strokes of a 16 pt heading glyph (about 0.2 in) across, and shorter than a
// table row is high (about 0.15 in) down.
constexpr double kHorizontalProbe = 0.3;
constexpr double kVerticalProbe = 0.1;
// Lines this long are rules whatever they touch.
constexpr double kLongHorizontal = 0.5;
constexpr double kLongVertical = 0.6;
// Runs of ink thicker than this on average (inches) are no rule: a 2.25 pt frame is 0.03 in, the
// dark band a photocopier leaves along the sheet's edge, or a black box, are far wider, and must
// neither become a table's border nor merge with one.
constexpr double kMaxThickness = 0.045;
// A line along the image's border, within this (inches), is the sheet's edge or the dark beyond
// it as the scanner saw it, never print: no table is ruled at the very edge of the paper.
constexpr double kSheetBorder = 0.03;
// Breaks in a printed line (JPEG noise, faint toner) shorter than this are bridged.
constexpr double kBridge = 0.03;
// How far (inches) to either side of a short vertical piece to look for the rest of a glyph.
constexpr double kGlyphReach = 0.06;
// Ink this many pixels wider than a piece on either side is still the piece (ragged edges).
constexpr int kAttached = 2;
// Pixels cut away on either side of a long horizontal rule where vertical runs cross it.
constexpr int kCut = 2;
// Gaps of this many pixels along a line are closed before looking for lines: aliasing of a
// one-pixel rule, never the space between two glyphs.
constexpr int kStitch = 3;
// How near a line's end must come to another rule's pixels to count as meeting it. Rules that
// meet cross: the end of a short rule runs into the other rule. A glyph stroke close to a cell
// border in a tight row may touch one rule, never both.
constexpr double kMeet = 0.012;
// How far (inches) a rule's end may be from the crossing rule it is put on (rule_ends.h): the
// longest gap a threshold leaves in a thin rule, less than any column is wide.
constexpr double kSnapReach = 0.3;
// Pieces of a column rule chain that must run into row rules (column_chains).
constexpr size_t kMinMeetings = 2;

struct Candidate {
  PixelBox box;
  PixPtr pixels;
};

// Runs of ink at least `along_x` by `along_y` long, with breaks up to `bridge` closed.
PixPtr line_pixels(PIX* binary, int along_x, int along_y, int bridge_x, int bridge_y) {
  // A thin rule rotated by deskewing comes out dashed (two pixels on, one off); closing those
  // gaps first keeps the opening from erasing it.
  const PixPtr joined(
      pixCloseSafeBrick(nullptr, binary, along_x > 1 ? kStitch : 1, along_y > 1 ? kStitch : 1));
  const PixPtr opened(pixOpenBrick(nullptr, joined.get(), along_x, along_y));
  return PixPtr(pixCloseSafeBrick(nullptr, opened.get(), bridge_x, bridge_y));
}

PixaPtr components(PIX* lines) {
  PIXA* pixa = nullptr;
  const BoxaPtr boxes(pixConnComp(lines, &pixa, 8));
  return PixaPtr(pixa);
}

// What a run of ink must be to be a rule candidate.
struct RuleShape {
  bool horizontal = true;
  int max_thickness = 0;  // pixels, kMaxThickness
  int border = 0;         // pixels, kSheetBorder
  int width = 0;          // of the page
  int height = 0;
};

// Whether a run is thin enough to be a rule and lies off the image's border. Thickness is
// measured as pixels per unit of length, which a line's slant does not inflate as it does its box.
bool rule_shaped(PIX* pixels, const PixelBox& box, const RuleShape& shape) {
  int area = 0;
  pixCountPixels(pixels, &area, nullptr);
  const int length = shape.horizontal ? box.width() : box.height();
  if (area > static_cast<long>(shape.max_thickness) * length) return false;
  if (shape.horizontal) return box.y0 >= shape.border && box.y1 <= shape.height - shape.border;
  return box.x0 >= shape.border && box.x1 <= shape.width - shape.border;
}

std::vector<Candidate> candidates(PIXA* pixa, const RuleShape& shape) {
  std::vector<Candidate> out;
  const int count = pixa ? pixaGetCount(pixa) : 0;
  for (int i = 0; i < count; ++i) {
    int x = 0, y = 0, w = 0, h = 0;
    pixaGetBoxGeometry(pixa, i, &x, &y, &w, &h);
    PixPtr pixels(pixaGetPix(pixa, i, L_CLONE));
    const PixelBox box{x, y, x + w, y + h};
    if (rule_shaped(pixels.get(), box, shape)) out.push_back({box, std::move(pixels)});
  }
  return out;
}

PixPtr paint(const std::vector<const Candidate*>& lines, int width, int height) {
  PixPtr mask(pixCreate(width, height, 1));
  for (const Candidate* line : lines) {
    pixRasterop(mask.get(), line->box.x0, line->box.y0, line->box.width(), line->box.height(),
                PIX_PAINT, line->pixels.get(), 0, 0);
  }
  return mask;
}

bool inked(PIX* mask, const PixelBox& window) { return ink_pixels(mask, window) > 0; }

// Whether both ends of a line run into the pixels of `across` (rules of the other direction).
bool ends_meet(const PixelBox& b, bool horizontal, PIX* across, int slack) {
  if (horizontal) {
    return inked(across, {b.x0 - slack, b.y0, b.x0 + slack + 1, b.y1}) &&
           inked(across, {b.x1 - slack - 1, b.y0, b.x1 + slack, b.y1});
  }
  return inked(across, {b.x0, b.y0 - slack, b.x1, b.y0 + slack + 1}) &&
         inked(across, {b.x0, b.y1 - slack - 1, b.x1, b.y1 + slack});
}

// Whether the ink of a vertical piece stands alone: a rule between two cells has paper on both
// sides, a glyph's stroke has the rest of its glyph attached. `ink` is the page without its long
// horizontal rules.
bool stands_alone(PIX* ink, const PixelBox& piece, int reach) {
  const PixelBox window{std::max(piece.x0 - reach, 0), piece.y0, piece.x1 + reach, piece.y1};
  const LeptBoxPtr clip = lept_box(window);
  const PixPtr area(pixClipRectangle(ink, clip.get(), nullptr));
  if (!area) return false;
  PixPtr seed(pixCreateTemplate(area.get()));
  const int x = (piece.x0 + piece.x1) / 2 - window.x0;
  pixRasterop(seed.get(), x, 0, 1, piece.height(), PIX_SET, nullptr, 0, 0);
  pixAnd(seed.get(), seed.get(), area.get());
  const PixPtr filled(pixSeedfillBinary(nullptr, seed.get(), area.get(), 8));
  BOX* found = nullptr;
  if (pixClipToForeground(filled.get(), nullptr, &found) != 0 || !found) return false;
  const LeptBoxPtr owned(found);
  int bx = 0, by = 0, bw = 0, bh = 0;
  boxGetGeometry(owned.get(), &bx, &by, &bw, &bh);
  return bw <= piece.width() + 2 * kAttached;
}

// Keeps long lines, and short ones whose ends both meet `across` and, for vertical pieces, that
// are no glyph's stroke.
std::vector<const Candidate*> keep_lines(const std::vector<Candidate>& lines, bool horizontal,
                                         int long_length, PIX* across, PIX* ink, int slack,
                                         int reach) {
  std::vector<const Candidate*> kept;
  for (const Candidate& line : lines) {
    const int length = horizontal ? line.box.width() : line.box.height();
    const bool keep = length >= long_length || (ends_meet(line.box, horizontal, across, slack) &&
                                                (horizontal || stands_alone(ink, line.box, reach)));
    if (keep) kept.push_back(&line);
  }
  return kept;
}

std::vector<PixelBox> boxes_of(const std::vector<const Candidate*>& lines) {
  std::vector<PixelBox> boxes;
  for (const Candidate* line : lines) boxes.push_back(line->box);
  return boxes;
}

// Whether a row rule runs through or ends at (x, y).
bool row_rule_at(const std::vector<PixelBox>& rows, int x, int y, int slack) {
  return std::ranges::any_of(rows, [&](const PixelBox& row) {
    return std::abs((row.y0 + row.y1) / 2 - y) <= slack && x >= row.x0 - slack &&
           x <= row.x1 + slack;
  });
}

// A column rule a threshold broke into pieces, joined again (rule_chains.h). A column of digits
// lines up just as well, one stroke a row, so the chain is made of pieces that stand alone (no
// glyph attached), at least two of which run into row rules (the print inside a cell keeps clear
// of them), and never bridges a gap from one row rule to another: that is the bottom of one table
// and the top of the next (their borders on one line), or a row without a column rule.
std::vector<RuleChain> column_chains(PIX* binary, double dpi,
                                     const std::vector<PixelBox>& row_rules, PIX* rows, PIX* ink,
                                     int slack) {
  const int reach = to_pixels(kGlyphReach, dpi);
  ChainChecks checks;
  checks.may_join = [&](const PixelBox& piece) { return stands_alone(ink, piece, reach); };
  checks.may_bridge = [&](const PixelBox& gap) {
    const int x = (gap.x0 + gap.x1) / 2;
    return !(row_rule_at(row_rules, x, gap.y0, slack) && row_rule_at(row_rules, x, gap.y1, slack));
  };
  std::vector<RuleChain> kept;
  for (RuleChain& chain : chained_rules(binary, dpi, RuleAxis::kVertical, checks)) {
    const auto meets = [&](const PixelBox& piece) {
      return inked(rows, {piece.x0, piece.y0 - slack, piece.x1, piece.y1 + slack});
    };
    if (std::ranges::count_if(chain.pieces, meets) >= kMinMeetings)
      kept.push_back(std::move(chain));
  }
  return kept;
}

bool within(const PixelBox& inner, const PixelBox& outer, int slack) {
  return inner.x0 >= outer.x0 - slack && inner.x1 <= outer.x1 + slack &&
         inner.y0 >= outer.y0 - slack && inner.y1 <= outer.y1 + slack;
}

// The column rules: pieces that a chain covers are left out, the chain stands for them.
std::vector<PixelBox> column_rules(const std::vector<const Candidate*>& pieces,
                                   const std::vector<RuleChain>& chains, int slack) {
  std::vector<PixelBox> rules;
  for (const Candidate* piece : pieces) {
    const bool covered = std::ranges::any_of(
        chains, [&](const RuleChain& chain) { return within(piece->box, chain.line, slack); });
    if (!covered) rules.push_back(piece->box);
  }
  for (const RuleChain& chain : chains) rules.push_back(chain.line);
  return rules;
}

// Adds the rules of which only crossings are left (rule_crossings.h) where no rule found already
// runs, and puts them and their marks in the mask.
void add_crossing_rules(PIX* binary, double dpi, DetectedRules& rules) {
  const CrossingRules crossings = crossing_rules(binary, dpi);
  std::vector<PixelBox> added;
  const auto add_uncovered = [&](const std::vector<PixelBox>& lines, bool horizontal,
                                 std::vector<PixelBox>& into) {
    for (const PixelBox& line : lines) {
      const PixelBox band = horizontal ? PixelBox{line.x0, line.y0 - kCut, line.x1, line.y1 + kCut}
                                       : PixelBox{line.x0 - kCut, line.y0, line.x1 + kCut, line.y1};
      const int covered = ink_pixels(rules.mask.get(), band);
      if (2 * covered >= (horizontal ? line.width() : line.height())) continue;
      into.push_back(line);
      added.push_back(line);
    }
  };
  add_uncovered(crossings.horizontal, true, rules.horizontal);
  add_uncovered(crossings.vertical, false, rules.vertical);
  added.insert(added.end(), crossings.marks.begin(), crossings.marks.end());
  for (const PixelBox& box : added) {
    pixRasterop(rules.mask.get(), box.x0, box.y0, box.width(), box.height(), PIX_SET, nullptr, 0,
                0);
  }
}

}  // namespace

DetectedRules detect_rules(PIX* binary, double dpi) {
  const int width = pixGetWidth(binary);
  const int height = pixGetHeight(binary);
  const int bridge = to_pixels(kBridge, dpi);
  const PixPtr h_all = line_pixels(binary, to_pixels(kHorizontalProbe, dpi), 1, bridge, 1);
  const PixPtr h_chains =
      paint_lines(chained_rules(binary, dpi, RuleAxis::kHorizontal), width, height);
  pixOr(h_all.get(), h_all.get(), h_chains.get());
  const PixaPtr h_pixa = components(h_all.get());
  RuleShape shape{true, to_pixels(kMaxThickness, dpi), to_pixels(kSheetBorder, dpi), width, height};
  const std::vector<Candidate> h_lines = candidates(h_pixa.get(), shape);
  std::vector<const Candidate*> long_h;
  for (const Candidate& line : h_lines) {
    if (line.box.width() >= to_pixels(kLongHorizontal, dpi)) long_h.push_back(&line);
  }
  const PixPtr long_h_mask = paint(long_h, width, height);
  // Vertical runs are cut where they cross a long rule, so each piece is judged on its own: a
  // glyph stroke that touches a cell's border would otherwise extend the column rule below it
  // into the row above.
  const PixPtr v_all = line_pixels(binary, 1, to_pixels(kVerticalProbe, dpi), 1, bridge);
  const PixPtr h_band(pixDilateBrick(nullptr, long_h_mask.get(), 1, 2 * kCut + 1));
  const PixPtr v_cut(pixSubtract(nullptr, v_all.get(), h_band.get()));
  const PixaPtr v_pixa = components(v_cut.get());
  shape.horizontal = false;
  const std::vector<Candidate> v_lines = candidates(v_pixa.get(), shape);
  const int slack = to_pixels(kMeet, dpi) + kCut;
  const PixPtr ink(pixSubtract(nullptr, binary, h_band.get()));
  const int reach = to_pixels(kGlyphReach, dpi);
  const std::vector<const Candidate*> vertical = keep_lines(
      v_lines, false, to_pixels(kLongVertical, dpi), long_h_mask.get(), ink.get(), slack, reach);
  const std::vector<RuleChain> v_chains =
      column_chains(binary, dpi, boxes_of(long_h), long_h_mask.get(), ink.get(), slack);
  const PixPtr v_mask = paint(vertical, width, height);
  pixOr(v_mask.get(), v_mask.get(), paint_lines(v_chains, width, height).get());
  const std::vector<const Candidate*> horizontal = keep_lines(
      h_lines, true, to_pixels(kLongHorizontal, dpi), v_mask.get(), ink.get(), slack, reach);
  DetectedRules rules;
  rules.horizontal = boxes_of(horizontal);
  rules.vertical = column_rules(vertical, v_chains, slack);
  rules.mask = paint(horizontal, width, height);
  pixOr(rules.mask.get(), rules.mask.get(), v_mask.get());
  add_crossing_rules(binary, dpi, rules);
  const int snap_reach = to_pixels(kSnapReach, dpi);
  snap_rule_ends(rules.horizontal, rules.vertical, true, snap_reach, slack);
  snap_rule_ends(rules.vertical, rules.horizontal, false, snap_reach, slack);
  return rules;
}

std::vector<RulingSegment> rule_segments(const DetectedRules& rules, double points_per_pixel,
                                         int page_index) {
  const auto points = [&](int pixels) { return pixels * points_per_pixel; };
  std::vector<RulingSegment> segments;
  for (const PixelBox& line : rules.horizontal) {
    const double y = points(line.y0 + line.y1) / 2;
    segments.push_back({points(line.x0), y, points(line.x1), y, points(line.height()), page_index});
  }
  for (const PixelBox& line : rules.vertical) {
    const double x = points(line.x0 + line.x1) / 2;
    segments.push_back({x, points(line.y0), x, points(line.y1), points(line.width()), page_index});
  }
  return segments;
}

}  // namespace ogi

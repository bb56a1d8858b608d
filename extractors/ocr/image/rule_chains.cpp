#include "extractors/ocr/image/rule_chains.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace ogi {
namespace {

// A piece is a run of ink at least this long (inches) along the axis, at most kMaxPieceThickness
// across: what the threshold left of a rule, or a glyph's stroke.
constexpr double kMinPiece = 0.05;
constexpr double kMaxPieceThickness = 0.03;
// Pieces of one rule lie on one line once the page is deskewed: their centres within this
// (inches) across.
constexpr double kAlign = 0.008;
// Gaps up to kMinGap are bridged whatever the pieces' length (the dashes of a 150-200 dpi rule
// at a steep slant); longer gaps up to kGapPerPiece times the shorter piece's length (the last
// piece of a rule is cut short where the rule ends, and a blurred fax threshold leaves gaps up to
// about twice the dashes: 1-bit 200 dpi matrix 84.0 -> 87.5 %; at 3 a seal's ring and a
// photocopy's edge shadow chain into rules), never over kMaxGap.
constexpr double kMinGap = 0.1;
constexpr double kGapPerPiece = 2.0;
constexpr double kMaxGap = 1.0;
// A chain is a rule from this length on (inches), with at least this share of it ink...
constexpr double kMinRule = 0.5;
constexpr double kMinInkShare = 0.35;
// ...and strips this deep (inches) on both sides inked at most this much (text touching a rule,
// rules crossing it).
constexpr double kBeside = 0.03;
constexpr double kMaxBesideInk = 0.12;

// A piece in axis terms: `along` runs the way the rule does.
struct Piece {
  int along0 = 0;
  int along1 = 0;
  int across0 = 0;
  int across1 = 0;

  int length() const { return along1 - along0; }
  double centre() const { return (across0 + across1) / 2.0; }
};

Piece to_piece(const PixelBox& box, RuleAxis axis) {
  if (axis == RuleAxis::kHorizontal) return {box.x0, box.x1, box.y0, box.y1};
  return {box.y0, box.y1, box.x0, box.x1};
}

PixelBox to_box(const Piece& piece, RuleAxis axis) {
  if (axis == RuleAxis::kHorizontal) {
    return {piece.along0, piece.across0, piece.along1, piece.across1};
  }
  return {piece.across0, piece.along0, piece.across1, piece.along1};
}

std::vector<Piece> pieces_of(PIX* binary, double dpi, RuleAxis axis, const ChainChecks& checks) {
  const int length = to_pixels(kMinPiece, dpi);
  const PixPtr runs(axis == RuleAxis::kHorizontal ? pixOpenBrick(nullptr, binary, length, 1)
                                                  : pixOpenBrick(nullptr, binary, 1, length));
  const BoxaPtr boxes(runs ? pixConnComp(runs.get(), nullptr, 8) : nullptr);
  const int max_thickness = to_pixels(kMaxPieceThickness, dpi);
  std::vector<Piece> pieces;
  for (const PixelBox& box : pixel_boxes(boxes.get())) {
    const Piece piece = to_piece(box, axis);
    if (piece.across1 - piece.across0 > max_thickness) continue;
    if (checks.may_join && !checks.may_join(box)) continue;
    pieces.push_back(piece);
  }
  std::ranges::sort(pieces, {}, &Piece::along0);
  return pieces;
}

// The chains of pieces, each as the indices of its pieces in `pieces` (sorted along the axis).
// The gap between two pieces of one line, as a box as thick as the thicker piece.
PixelBox gap_box(const Piece& before, const Piece& after, RuleAxis axis) {
  const Piece gap{before.along1, after.along0, std::min(before.across0, after.across0),
                  std::max(before.across1, after.across1)};
  return to_box(gap, axis);
}

std::vector<std::vector<size_t>> chains_of(const std::vector<Piece>& pieces, double dpi,
                                           RuleAxis axis, const ChainChecks& checks) {
  const double align = kAlign * dpi;
  const int min_gap = to_pixels(kMinGap, dpi);
  const int max_gap = to_pixels(kMaxGap, dpi);
  std::vector<size_t> parent(pieces.size());
  std::iota(parent.begin(), parent.end(), 0);
  const auto root = [&](size_t i) {
    while (parent[i] != i) i = parent[i] = parent[parent[i]];
    return i;
  };
  for (size_t i = 0; i < pieces.size(); ++i) {
    for (size_t j = i + 1; j < pieces.size(); ++j) {
      if (pieces[j].along0 > pieces[i].along1 + max_gap) break;
      if (std::abs(pieces[j].centre() - pieces[i].centre()) > align) continue;
      const int gap = pieces[j].along0 - pieces[i].along1;
      const int shorter = std::min(pieces[i].length(), pieces[j].length());
      const int allowed = std::clamp(static_cast<int>(kGapPerPiece * shorter), min_gap, max_gap);
      if (gap > allowed) continue;
      if (gap > min_gap && checks.may_bridge &&
          !checks.may_bridge(gap_box(pieces[i], pieces[j], axis))) {
        continue;
      }
      parent[root(j)] = root(i);
    }
  }
  std::vector<std::vector<size_t>> chains(pieces.size());
  for (size_t i = 0; i < pieces.size(); ++i) chains[root(i)].push_back(i);
  std::erase_if(chains, [](const std::vector<size_t>& chain) { return chain.size() < 2; });
  return chains;
}

double ink_share(PIX* binary, const PixelBox& strip) {
  if (strip.empty()) return 1;
  const LeptBoxPtr box = lept_box(strip);
  int count = 0;
  if (pixCountPixelsInRect(binary, box.get(), &count, nullptr) != 0) return 1;
  return static_cast<double>(count) / (static_cast<double>(strip.width()) * strip.height());
}

// The solid line a chain stands for: along its whole span, as thick as its thickest piece,
// centred on its pieces' median centre. Empty when the chain is no rule.
Piece rule_of(const std::vector<Piece>& pieces, const std::vector<size_t>& chain, double dpi) {
  Piece line{pieces[chain.front()].along0, 0, 0, 0};
  int ink = 0, thickness = 0;
  std::vector<double> centres;
  for (size_t i : chain) {
    line.along1 = std::max(line.along1, pieces[i].along1);
    ink += pieces[i].length();
    thickness = std::max(thickness, pieces[i].across1 - pieces[i].across0);
    centres.push_back(pieces[i].centre());
  }
  std::ranges::nth_element(centres, centres.begin() + centres.size() / 2);
  const int centre = static_cast<int>(centres[centres.size() / 2]);
  line.across0 = centre - thickness / 2;
  line.across1 = line.across0 + thickness;
  const bool rule =
      line.length() >= to_pixels(kMinRule, dpi) && ink >= kMinInkShare * line.length();
  return rule ? line : Piece{};
}

bool paper_beside(PIX* binary, const Piece& line, double dpi, RuleAxis axis) {
  const int depth = to_pixels(kBeside, dpi);
  const int limit = axis == RuleAxis::kHorizontal ? pixGetHeight(binary) : pixGetWidth(binary);
  const Piece before{line.along0, line.along1, std::max(line.across0 - depth - 1, 0),
                     std::max(line.across0 - 1, 0)};
  const Piece after{line.along0, line.along1, std::min(line.across1 + 1, limit),
                    std::min(line.across1 + depth + 1, limit)};
  return ink_share(binary, to_box(before, axis)) <= kMaxBesideInk &&
         ink_share(binary, to_box(after, axis)) <= kMaxBesideInk;
}

}  // namespace

std::vector<RuleChain> chained_rules(PIX* binary, double dpi, RuleAxis axis,
                                     const ChainChecks& checks) {
  std::vector<RuleChain> rules;
  const std::vector<Piece> pieces = pieces_of(binary, dpi, axis, checks);
  for (const std::vector<size_t>& chain : chains_of(pieces, dpi, axis, checks)) {
    const Piece line = rule_of(pieces, chain, dpi);
    if (line.length() <= 0 || !paper_beside(binary, line, dpi, axis)) continue;
    RuleChain rule{to_box(line, axis), {}};
    for (size_t i : chain) rule.pieces.push_back(to_box(pieces[i], axis));
    rules.push_back(std::move(rule));
  }
  return rules;
}

PixPtr paint_lines(const std::vector<RuleChain>& chains, int width, int height) {
  PixPtr mask(pixCreate(width, height, 1));
  for (const RuleChain& chain : chains) {
    const PixelBox& box = chain.line;
    pixRasterop(mask.get(), box.x0, box.y0, box.width(), box.height(), PIX_SET, nullptr, 0, 0);
  }
  return mask;
}

}  // namespace ogi

#include "extractors/ocr/image/glyph_holes.h"

#include "extractors/ocr/image/print_ink.h"  // kDust

namespace ogi {
namespace {
// More ink than this share of the glyph's in other pieces: the print is not one glyph.
constexpr double kMaxOtherInk = 0.1;
// Enclosed paper smaller than this share of the glyph's box is a flaw in a thick stroke.
constexpr double kMinHoleShare = 0.02;

int ink_of(PIXA* pieces, int index) {
  const PixPtr piece(pixaGetPix(pieces, index, L_CLONE));
  l_int32 count = 0;
  if (piece) pixCountPixels(piece.get(), &count, nullptr);
  return count;
}

// The piece with the most ink, or -1 when the others hold too much beside it.
int only_glyph(PIXA* pieces, double dpi) {
  const int speck = to_pixels(kDust, dpi);
  const int count = pixaGetCount(pieces);
  int best = -1;
  int best_ink = 0;
  int all_ink = 0;
  for (int i = 0; i < count; ++i) {
    l_int32 x = 0, y = 0, w = 0, h = 0;
    pixaGetBoxGeometry(pieces, i, &x, &y, &w, &h);
    const int ink = ink_of(pieces, i);
    if (ink > best_ink) {
      best = i;
      best_ink = ink;
    }
    if (w > speck || h > speck) all_ink += ink;
  }
  if (best < 0 || all_ink - best_ink > kMaxOtherInk * best_ink) return -1;
  return best;
}

}  // namespace

std::optional<GlyphHoles> glyph_holes(PIX* binary, const PixelBox& box, double dpi) {
  if (!binary || box.empty()) return std::nullopt;
  const LeptBoxPtr clip = lept_box(box);
  const PixPtr crop(pixClipRectangle(binary, clip.get(), nullptr));
  if (!crop) return std::nullopt;
  PIXA* found = nullptr;
  const BoxaPtr boxes(pixConnComp(crop.get(), &found, 8));
  const PixaPtr pieces(found);
  if (!boxes || !pieces) return std::nullopt;
  const int glyph_index = only_glyph(pieces.get(), dpi);
  if (glyph_index < 0) return std::nullopt;
  const PixPtr glyph(pixaGetPix(pieces.get(), glyph_index, L_CLONE));
  // A frame of paper joins all the paper outside the glyph into one piece touching the edge.
  const PixPtr framed(glyph ? pixAddBorder(glyph.get(), 1, 0) : nullptr);
  const PixPtr paper(framed ? pixInvert(nullptr, framed.get()) : nullptr);
  const BoxaPtr paper_parts(paper ? pixConnComp(paper.get(), nullptr, 4) : nullptr);
  if (!paper_parts) return std::nullopt;
  const int width = pixGetWidth(framed.get());
  const int height = pixGetHeight(framed.get());
  const double glyph_area = static_cast<double>(width - 2) * (height - 2);
  GlyphHoles holes;
  int largest = 0;
  for (const PixelBox& part : pixel_boxes(paper_parts.get())) {
    const bool outside = part.x0 == 0 || part.y0 == 0 || part.x1 == width || part.y1 == height;
    const int area = part.width() * part.height();
    if (outside || area < kMinHoleShare * glyph_area) continue;
    ++holes.count;
    if (area > largest) {
      largest = area;
      holes.top = (part.y0 - 1) / static_cast<double>(height - 2);
      holes.bottom = (part.y1 - 1) / static_cast<double>(height - 2);
    }
  }
  return holes;
}

std::optional<bool> digit_fits_holes(char digit, const GlyphHoles& holes) {
  switch (digit) {
    case '8':
      return holes.count == 2;
    case '0':
      return holes.count == 1 && holes.top < 0.3 && holes.bottom > 0.7;
    case '6':
      return holes.count == 1 && holes.top >= 0.35;
    case '9':
      return holes.count == 1 && holes.bottom <= 0.65;
    case '1':
    case '2':
    case '3':
    case '5':
    case '7':
      return holes.count == 0;
    default:
      return std::nullopt;
  }
}

}  // namespace ogi

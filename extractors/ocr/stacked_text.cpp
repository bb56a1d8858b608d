#include "extractors/ocr/stacked_text.h"

#include <algorithm>

namespace ogi {
namespace {

// A stack is one glyph wide: between about 6 pt and 16 pt (inches).
constexpr double kMinGlyphWidth = 0.08;
constexpr double kMaxGlyphWidth = 0.25;
// ... and at least this many times as tall as wide.
constexpr double kMinAspect = 2.2;
// Gap (inches) left between glyphs laid side by side, and around them.
constexpr double kGap = 0.02;
constexpr double kMargin = 0.07;
// How much taller than wide one glyph of a stack may be.
constexpr double kSquareSlack = 1.2;

int to_pixels(double inches, double dpi) { return std::max(1, static_cast<int>(inches * dpi)); }

}  // namespace

bool is_stacked(const PixelBox& ink, double dpi) {
  return ink.width() >= to_pixels(kMinGlyphWidth, dpi) &&
         ink.width() <= to_pixels(kMaxGlyphWidth, dpi) && ink.height() >= kMinAspect * ink.width();
}

std::vector<PixelBox> stacked_rows(PIX* ink, const PixelBox& stack) {
  const LeptBoxPtr clip = lept_box(stack);
  const PixPtr crop(pixClipRectangle(ink, clip.get(), nullptr));
  std::vector<PixelBox> rows;
  if (!crop) return rows;
  const NumaPtr counts(pixCountPixelsByRow(crop.get(), nullptr));
  // Ideographs are about as tall as they are wide, and some (三, 二) have blank rows of their
  // own: runs of inked rows are merged while they still fit in one square glyph.
  const int glyph = static_cast<int>(kSquareSlack * stack.width());
  for (int y = 0; y < numaGetCount(counts.get()); ++y) {
    int count = 0;
    numaGetIValue(counts.get(), y, &count);
    if (count == 0) continue;
    const int top = stack.y0 + y;
    if (!rows.empty() && top + 1 - rows.back().y0 <= glyph) {
      rows.back().y1 = top + 1;
    } else {
      rows.push_back({stack.x0, top, stack.x1, top + 1});
    }
  }
  return rows;
}

PixPtr side_by_side(PIX* gray, const std::vector<PixelBox>& rows, double dpi) {
  if (rows.empty()) return nullptr;
  const int gap = to_pixels(kGap, dpi);
  const int margin = to_pixels(kMargin, dpi);
  int width = 2 * margin, height = 0;
  for (const PixelBox& row : rows) {
    width += row.width() + gap;
    height = std::max(height, row.height());
  }
  PixPtr line(pixCreate(width, height + 2 * margin, 8));
  pixSetAll(line.get());
  int x = margin;
  for (const PixelBox& row : rows) {
    const int y = margin + (height - row.height()) / 2;
    pixRasterop(line.get(), x, y, row.width(), row.height(), PIX_SRC, gray, row.x0, row.y0);
    x += row.width() + gap;
  }
  return line;
}

}  // namespace ogi

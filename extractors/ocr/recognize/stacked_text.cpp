#include "extractors/ocr/recognize/stacked_text.h"

#include <algorithm>
#include <cmath>

namespace ogi {
namespace {

// A stack is one glyph wide: between about 6 pt and 16 pt (inches).
constexpr double kMinGlyphWidth = 0.08;
constexpr double kMaxGlyphWidth = 0.25;
// ... and at least this many times as tall as wide.
constexpr double kMinAspect = 1.7;
// Gap (inches) left between glyphs laid side by side, and around them.
constexpr double kGap = 0.02;
constexpr double kMargin = 0.07;
// How much taller than wide one glyph of a stack may be.
constexpr double kSquareSlack = 1.2;
// The pitch of a tightly set stack (glyph plus gap) relative to its width.
constexpr double kPitchPerWidth = 1.1;

}  // namespace

bool is_stacked(const PixelBox& ink, double dpi) {
  return ink.width() >= to_pixels(kMinGlyphWidth, dpi) &&
         ink.width() <= to_pixels(kMaxGlyphWidth, dpi) && ink.height() >= kMinAspect * ink.width();
}

namespace {

NumaPtr row_counts(PIX* ink, const PixelBox& stack) {
  const LeptBoxPtr clip = lept_box(stack);
  const PixPtr crop(pixClipRectangle(ink, clip.get(), nullptr));
  return NumaPtr(crop ? pixCountPixelsByRow(crop.get(), nullptr) : nullptr);
}

int count_at(NUMA* counts, int y) {
  int count = 0;
  numaGetIValue(counts, y, &count);
  return count;
}

// Runs of inked rows merged while they fit in one square glyph (三 has blank rows of its own).
std::vector<PixelBox> split_at_gaps(NUMA* counts, const PixelBox& stack) {
  std::vector<PixelBox> rows;
  const int glyph = static_cast<int>(kSquareSlack * stack.width());
  for (int y = 0; y < numaGetCount(counts); ++y) {
    if (count_at(counts, y) == 0) continue;
    const int top = stack.y0 + y;
    if (!rows.empty() && top + 1 - rows.back().y0 <= glyph) {
      rows.back().y1 = top + 1;
    } else {
      rows.push_back({stack.x0, top, stack.x1, top + 1});
    }
  }
  return rows;
}

// Cuts at a steady pitch, each cut at the emptiest row near where the pitch puts it: glyphs
// stacked with hardly any gap (a low-resolution scan fills it) have no blank row between them.
std::vector<PixelBox> split_at_pitch(NUMA* counts, const PixelBox& stack) {
  const int height = numaGetCount(counts);
  const int glyphs =
      std::max(1, static_cast<int>(std::lround(height / (kPitchPerWidth * stack.width()))));
  const double pitch = static_cast<double>(height) / glyphs;
  std::vector<PixelBox> rows;
  int top = 0;
  for (int k = 1; k <= glyphs; ++k) {
    int cut = height;
    const int centre = static_cast<int>(k * pitch);
    const int reach = static_cast<int>(pitch / 4);
    int fewest = -1;
    for (int y = std::max(centre - reach, top + 1); k < glyphs && y <= centre + reach; ++y) {
      if (y >= height) break;
      if (fewest < 0 || count_at(counts, y) < fewest) {
        fewest = count_at(counts, y);
        cut = y;
      }
    }
    rows.push_back({stack.x0, stack.y0 + top, stack.x1, stack.y0 + cut});
    top = cut;
  }
  return rows;
}

}  // namespace

std::vector<std::vector<PixelBox>> stacked_splits(PIX* ink, const PixelBox& stack) {
  const NumaPtr counts = row_counts(ink, stack);
  if (!counts) return {};
  std::vector<std::vector<PixelBox>> splits{split_at_gaps(counts.get(), stack)};
  std::vector<PixelBox> by_pitch = split_at_pitch(counts.get(), stack);
  const auto same = [](const PixelBox& a, const PixelBox& b) {
    return a.y0 == b.y0 && a.y1 == b.y1;
  };
  if (!std::equal(by_pitch.begin(), by_pitch.end(), splits.front().begin(), splits.front().end(),
                  same)) {
    splits.push_back(std::move(by_pitch));
  }
  return splits;
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

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

namespace {

// Where side_by_side puts each row in its line image, and the image's size.
struct SideBySidePlaces {
  std::vector<PixelBox> places;
  int width = 0;
  int height = 0;
};

SideBySidePlaces side_by_side_places(const std::vector<PixelBox>& rows, double dpi) {
  const int gap = to_pixels(kGap, dpi);
  const int margin = to_pixels(kMargin, dpi);
  SideBySidePlaces out;
  int tallest = 0;
  for (const PixelBox& row : rows) tallest = std::max(tallest, row.height());
  int x = margin;
  for (const PixelBox& row : rows) {
    const int y = margin + (tallest - row.height()) / 2;
    out.places.push_back({x, y, x + row.width(), y + row.height()});
    x += row.width() + gap;
  }
  out.width = x + margin;
  out.height = tallest + 2 * margin;
  return out;
}

}  // namespace

PixPtr side_by_side(PIX* gray, const std::vector<PixelBox>& rows, double dpi) {
  if (rows.empty()) return nullptr;
  const SideBySidePlaces layout = side_by_side_places(rows, dpi);
  PixPtr line(pixCreate(layout.width, layout.height, 8));
  pixSetAll(line.get());
  for (size_t i = 0; i < rows.size(); ++i) {
    const PixelBox& row = rows[i];
    pixRasterop(line.get(), layout.places[i].x0, layout.places[i].y0, row.width(), row.height(),
                PIX_SRC, gray, row.x0, row.y0);
  }
  return line;
}

std::vector<OcrWord> words_in_place(const std::vector<OcrWord>& words,
                                    const std::vector<PixelBox>& rows, double dpi) {
  const SideBySidePlaces layout = side_by_side_places(rows, dpi);
  // The row a point of the line image lies in: the last one starting left of it.
  const auto row_at = [&](int x) {
    size_t row = 0;
    while (row + 1 < rows.size() && layout.places[row + 1].x0 <= x) ++row;
    return row;
  };
  const auto on_page = [&](const PixelBox& box, size_t row) {
    const PixelBox& place = layout.places[row];
    const PixelBox& source = rows[row];
    return PixelBox{std::clamp(box.x0 - place.x0 + source.x0, source.x0, source.x1),
                    std::clamp(box.y0 - place.y0 + source.y0, source.y0, source.y1),
                    std::clamp(box.x1 - place.x0 + source.x0, source.x0, source.x1),
                    std::clamp(box.y1 - place.y0 + source.y0, source.y0, source.y1)};
  };
  std::vector<OcrWord> placed;
  for (const OcrWord& word : words) {
    // A word read across the seam of two rows is cut there, symbol by symbol.
    std::vector<OcrWord> pieces;
    for (const OcrSymbol& symbol : word.symbols) {
      const size_t row = row_at((symbol.box.x0 + symbol.box.x1) / 2);
      if (pieces.empty() || pieces.back().line != static_cast<int>(row)) {
        OcrWord piece;
        piece.confidence = word.confidence;
        piece.line = static_cast<int>(row);
        piece.box = on_page(symbol.box, row);
        pieces.push_back(std::move(piece));
      }
      OcrWord& piece = pieces.back();
      const PixelBox box = on_page(symbol.box, row);
      piece.box = {std::min(piece.box.x0, box.x0), std::min(piece.box.y0, box.y0),
                   std::max(piece.box.x1, box.x1), std::max(piece.box.y1, box.y1)};
      piece.text += symbol.text;
      piece.symbols.push_back({symbol.text, box});
    }
    for (OcrWord& piece : pieces) placed.push_back(std::move(piece));
  }
  return placed;
}

}  // namespace ogi

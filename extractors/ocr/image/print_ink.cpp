#include "extractors/ocr/image/print_ink.h"

#include <algorithm>

namespace ogi {
namespace {

// A mark this long either way (inches) is print on its own: the shortest stroke of a digit at
// 9 pt; salt-and-pepper noise and the dots of a broken rule stay below it.
constexpr double kPrintPart = 0.04;
// Smaller marks this close (inches) to print are part of it: a glyph's dot, the pieces of a
// stroke broken by the threshold.
constexpr double kAttached = 0.03;
// Paper this wide (inches) between two pieces of print on one line is no space within a label:
// an ideograph's side bearings are a few hundredths of an inch, the blank right half of a
// full-width comma at 12 pt under a tenth. Two values in neighbouring columns, centred in cells
// half an inch wide, stand at least 0.15 in apart.
constexpr double kPieceGap = 0.12;
// Paper this high (inches) between two lines of print in one cell is no line spacing (a label's
// lines stand a few hundredths of an inch apart): the cell holds the rows of several cells whose
// row rule the scan lost, a quarter of an inch apart and more.
constexpr double kLineGap = 0.1;
// Marks lower than this (inches) are a rule's remnants or a dash, never what holds two lines of
// print together.
constexpr double kFlatMark = 0.025;
// Marks taller than this (inches) and no wider than a flat mark is high are a column rule's
// pieces: no glyph of a report is a fifth of an inch tall.
constexpr double kTallMark = 0.2;
// A 1 is this tall at least (inches: 7 pt digits), at most this share of its cell's height, at
// most this share of its height wide, and inked over this share of its rows.
constexpr double kMinStroke = 0.06;
constexpr double kMaxStrokeOfCell = 0.7;
constexpr double kMaxStrokeWidth = 0.55;
constexpr double kMinStrokeRows = 0.6;

PixelBox joined(const PixelBox& a, const PixelBox& b) {
  if (a.empty()) return b;
  return {std::min(a.x0, b.x0), std::min(a.y0, b.y0), std::max(a.x1, b.x1), std::max(a.y1, b.y1)};
}

bool near(const PixelBox& a, const PixelBox& b, int reach) {
  return a.x0 <= b.x1 + reach && b.x0 <= a.x1 + reach && a.y0 <= b.y1 + reach &&
         b.y0 <= a.y1 + reach;
}

// The marks of `region` (page pixels) sorted into print and stray; `parts` gets every piece of
// print.
PrintInk sort_marks(PIX* binary, const PixelBox& region, double dpi, std::vector<PixelBox>* parts) {
  PrintInk ink;
  const LeptBoxPtr clip = lept_box(region);
  const PixPtr crop(pixClipRectangle(binary, clip.get(), nullptr));
  if (!crop) return ink;
  const BoxaPtr boxes(pixConnComp(crop.get(), nullptr, 8));
  const int speck = to_pixels(kDust, dpi);
  const int part = to_pixels(kPrintPart, dpi);
  std::vector<PixelBox> small;
  for (PixelBox box : pixel_boxes(boxes.get())) {
    box = {box.x0 + region.x0, box.y0 + region.y0, box.x1 + region.x0, box.y1 + region.y0};
    if (box.width() <= speck && box.height() <= speck) continue;
    if (box.width() >= part || box.height() >= part) {
      ink.box = joined(ink.box, box);
      if (parts) parts->push_back(box);
    } else {
      small.push_back(box);
    }
  }
  const int reach = to_pixels(kAttached, dpi);
  for (const PixelBox& mark : small) {
    const bool attached = parts
                              ? std::any_of(parts->begin(), parts->end(),
                                            [&](const PixelBox& p) { return near(mark, p, reach); })
                              : !ink.box.empty() && near(mark, ink.box, reach);
    if (attached) {
      ink.box = joined(ink.box, mark);
      if (parts) parts->push_back(mark);
    } else {
      ink.stray_box = joined(ink.stray_box, mark);
      ++ink.stray;
    }
  }
  return ink;
}

}  // namespace

PrintInk find_print(PIX* binary, const PixelBox& region, double dpi) {
  return sort_marks(binary, region, dpi, nullptr);
}

PixelBox ink_box(PIX* binary, const PixelBox& region, double dpi) {
  return find_print(binary, region, dpi).box;
}

bool lone_stroke(PIX* binary, const PixelBox& box, const PixelBox& cell, double dpi) {
  const PrintInk ink = find_print(binary, box, dpi);
  const PixelBox marks = ink.box.empty()         ? ink.stray_box
                         : ink.stray_box.empty() ? ink.box
                                                 : PixelBox{std::min(ink.box.x0, ink.stray_box.x0),
                                                            std::min(ink.box.y0, ink.stray_box.y0),
                                                            std::max(ink.box.x1, ink.stray_box.x1),
                                                            std::max(ink.box.y1, ink.stray_box.y1)};
  if (marks.empty() || marks.height() < to_pixels(kMinStroke, dpi) ||
      marks.height() > kMaxStrokeOfCell * cell.height() ||
      marks.width() > kMaxStrokeWidth * marks.height()) {
    return false;
  }
  const LeptBoxPtr clip = lept_box(marks);
  const PixPtr crop(pixClipRectangle(binary, clip.get(), nullptr));
  const NumaPtr rows(crop ? pixCountPixelsByRow(crop.get(), nullptr) : nullptr);
  if (!rows) return false;
  int inked = 0;
  for (int y = 0; y < numaGetCount(rows.get()); ++y) {
    int count = 0;
    numaGetIValue(rows.get(), y, &count);
    inked += count > 0;
  }
  return inked >= kMinStrokeRows * marks.height();
}

namespace {

// `box` cut across (`down` false: into pieces side by side) or down (into pieces one above the
// other) in the middle of every run of paper at least `min_gap` pixels wide between its parts.
std::vector<PixelBox> cut_at_gaps(std::vector<PixelBox> parts, const PixelBox& box, int min_gap,
                                  bool down) {
  const auto low = [down](const PixelBox& b) { return down ? b.y0 : b.x0; };
  const auto high = [down](const PixelBox& b) { return down ? b.y1 : b.x1; };
  std::sort(parts.begin(), parts.end(),
            [&](const PixelBox& a, const PixelBox& b) { return low(a) < low(b); });
  const auto piece = [&](int from, int to) {
    return down ? PixelBox{box.x0, from, box.x1, to} : PixelBox{from, box.y0, to, box.y1};
  };
  std::vector<PixelBox> pieces;
  int start = low(box);
  int reached = -1;
  for (const PixelBox& part : parts) {
    if (reached >= 0 && low(part) - reached >= min_gap) {
      const int cut = (reached + low(part)) / 2;
      pieces.push_back(piece(start, cut));
      start = cut;
    }
    reached = std::max(reached, high(part));
  }
  pieces.push_back(piece(start, high(box)));
  return pieces;
}

}  // namespace

bool rule_remnant(const PixelBox& mark, double dpi) {
  const int flat = to_pixels(kFlatMark, dpi);
  const int tall = to_pixels(kTallMark, dpi);
  return (mark.height() > tall && mark.width() < flat) ||
         (mark.width() > tall && mark.height() < flat);
}

std::vector<PixelBox> ink_pieces_across(PIX* binary, const PixelBox& box, double dpi) {
  std::vector<PixelBox> parts;
  sort_marks(binary, box, dpi, &parts);
  return cut_at_gaps(std::move(parts), box, to_pixels(kPieceGap, dpi), false);
}

std::vector<PixelBox> ink_pieces_down(PIX* binary, const PixelBox& box, double dpi) {
  std::vector<PixelBox> parts;
  sort_marks(binary, box, dpi, &parts);
  // What is left of rules the scan broke joins no two lines: the dashes of a row rule lie between
  // the rows, the pieces of a column rule run down past several.
  const int flat = to_pixels(kFlatMark, dpi);
  std::erase_if(
      parts, [&](const PixelBox& part) { return part.height() < flat || rule_remnant(part, dpi); });
  return cut_at_gaps(std::move(parts), box, to_pixels(kLineGap, dpi), true);
}

}  // namespace ogi

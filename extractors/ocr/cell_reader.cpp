#include "extractors/ocr/cell_reader.h"

#include <algorithm>

#include "model/utf8.h"

namespace ogi {
namespace {

// Components smaller than this either way (inches) are noise, not print: a full stop at 9 pt is
// still about 0.015 in across.
constexpr double kSpeck = 0.01;
// Margin of paper around the ink given to Tesseract, which segments badly at a crop's edge.
constexpr double kPad = 0.04;
// Confidence of a number the two passes read differently: low enough to stay below any "sure"
// threshold whatever Tesseract claimed.
constexpr double kDisagreement = 0.45;

int to_pixels(double inches, double dpi) { return std::max(1, static_cast<int>(inches * dpi)); }

std::string without_spaces(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c != ' ') out.push_back(c);
  }
  return out;
}

}  // namespace

PixPtr without_specks(PIX* binary, double dpi) {
  const int speck = to_pixels(kSpeck, dpi);
  return PixPtr(
      pixSelectBySize(binary, speck, speck, 8, L_SELECT_IF_EITHER, L_SELECT_IF_GTE, nullptr));
}

PixelBox ink_box(PIX* binary, const PixelBox& cell, double dpi) {
  const LeptBoxPtr clip = lept_box(cell);
  const PixPtr crop(pixClipRectangle(binary, clip.get(), nullptr));
  if (!crop) return {};
  const PixPtr clean = without_specks(crop.get(), dpi);
  BOX* found = nullptr;
  if (!clean || pixClipToForeground(clean.get(), nullptr, &found) != 0 || !found) return {};
  const LeptBoxPtr owned(found);
  int x = 0, y = 0, w = 0, h = 0;
  boxGetGeometry(owned.get(), &x, &y, &w, &h);
  return {cell.x0 + x, cell.y0 + y, cell.x0 + x + w, cell.y0 + y + h};
}

bool reads_as_number(const std::string& text) {
  const std::string compact = without_spaces(text);
  if (compact.empty()) return false;
  bool digit = false;
  for (char c : compact) {
    if (c >= '0' && c <= '9') {
      digit = true;
    } else if (c != '.' && c != ',' && c != '-' && c != '+') {
      return false;
    }
  }
  return digit;
}

CellReading read_cell(OcrEngine& engine, PIX* binary, const PixelBox& cell, double dpi) {
  CellReading reading;
  reading.ink = ink_box(binary, cell, dpi);
  if (reading.ink.empty()) return reading;
  const int pad = to_pixels(kPad, dpi);
  const PixelBox region{std::max(cell.x0, reading.ink.x0 - pad),
                        std::max(cell.y0, reading.ink.y0 - pad),
                        std::min(cell.x1, reading.ink.x1 + pad),
                        std::min(cell.y1, reading.ink.y1 + pad)};
  std::vector<OcrWord> words = engine.read(region, Segmentation::kBlock);
  reading.text = joined_text(words);
  reading.confidence = words.empty() ? 0 : lowest_confidence(words);
  if (!reads_as_number(reading.text)) {
    reading.words = std::move(words);
    return reading;
  }
  const std::vector<OcrWord> digits = engine.read(region, Segmentation::kLine, true);
  const std::string number = without_spaces(joined_text(digits));
  reading.value = true;
  if (number.empty()) {
    reading.confidence = std::min(reading.confidence, kDisagreement);
    reading.text = without_spaces(reading.text);
    return reading;
  }
  const double digit_confidence = lowest_confidence(digits);
  if (number == without_spaces(reading.text)) {
    reading.confidence = std::max(reading.confidence, digit_confidence);
  } else {
    reading.confidence = std::min(digit_confidence, kDisagreement);
  }
  reading.text = number;
  return reading;
}

}  // namespace ogi

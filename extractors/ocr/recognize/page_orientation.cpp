#include "extractors/ocr/recognize/page_orientation.h"

#include <algorithm>

#include "extractors/ocr/image/page_prep.h"
#include "extractors/ocr/recognize/cell_reader.h"

namespace ogi {
namespace {

// Height of the band read for the comparison, in inches: a few text lines.
constexpr double kBand = 1.0;

// Lines sampled to tell an upside-down page, and how much of each is read (inches): some thirty
// characters in all, enough for a clear verdict at a small cost.
constexpr size_t kSampleLines = 3;
constexpr double kSampleLength = 2.0;
// Read the right way up, print reads with a mean confidence of 0.81-0.96 per character on the
// development scans; upside down, 0.12-0.27. A page above this bar is upright without a second
// read, and a page is turned only when, turned, it reads above it...
constexpr double kUprightConfidence = 0.6;
// ...in at least this many characters (a few marks read either way prove nothing)...
constexpr size_t kMinSymbols = 8;
// ...and this many times better than as it is.
constexpr double kTurnedAdvantage = 2.0;

// Confidence-weighted characters read, and characters read.
struct SampleReading {
  double score = 0;
  size_t symbols = 0;
};

SampleReading read_sample(OcrEngine& engine, PIX* gray, const std::vector<PixelBox>& pieces,
                          double dpi, bool half_turn) {
  SampleReading reading;
  for (const PixelBox& piece : pieces) {
    PixPtr image = cut_out(gray, piece, 1.0f);
    if (image && half_turn) image.reset(pixRotate180(nullptr, image.get()));
    if (!image) continue;
    for (const OcrWord& word : engine.read_image(image.get(), dpi, Segmentation::kLine)) {
      reading.score += word.confidence * static_cast<double>(word.symbols.size());
      reading.symbols += word.symbols.size();
    }
  }
  return reading;
}

// Confidence-weighted count of characters read in a band across the middle of the page's print.
double reading_score(OcrEngine& engine, const PreparedPage& page) {
  const PixPtr ink(pixSubtract(nullptr, page.binary.get(), page.rules.mask.get()));
  const PixelBox whole{0, 0, static_cast<int>(pixGetWidth(ink.get())),
                       static_cast<int>(pixGetHeight(ink.get()))};
  const PixelBox printed = ink_box(ink.get(), whole, page.dpi);
  if (printed.empty()) return 0;
  const int middle = (printed.y0 + printed.y1) / 2;
  const int half = static_cast<int>(kBand * page.dpi / 2);
  const PixelBox band{printed.x0, std::max(printed.y0, middle - half), printed.x1,
                      std::min(printed.y1, middle + half)};
  engine.set_image(page.gray.get(), page.dpi);
  double score = 0;
  for (const OcrWord& word : engine.read(band, Segmentation::kBlock)) {
    score += word.confidence * static_cast<double>(word.symbols.size());
  }
  return score;
}

}  // namespace

int upright_turns(OcrEngine& engine, const RasterPage& raster) {
  const double right = reading_score(engine, prepare_page(raster, 1));
  const double left = reading_score(engine, prepare_page(raster, 3));
  return left > right ? 3 : 1;
}

bool reads_upside_down(OcrEngine& engine, const ErasedPage& page, double dpi) {
  std::vector<PixelBox> pieces = longest_text_lines(page.ink.get(), dpi, kSampleLines);
  if (pieces.empty()) return false;
  const int length = to_pixels(kSampleLength, dpi);
  for (PixelBox& piece : pieces) piece.x1 = std::min(piece.x1, piece.x0 + length);
  PIX* gray = page.gray.get();
  const SampleReading as_is = read_sample(engine, gray, pieces, dpi, false);
  if (as_is.symbols > 0 && as_is.score >= kUprightConfidence * static_cast<double>(as_is.symbols)) {
    return false;
  }
  const SampleReading turned = read_sample(engine, gray, pieces, dpi, true);
  return turned.symbols >= kMinSymbols &&
         turned.score >= kUprightConfidence * static_cast<double>(turned.symbols) &&
         turned.score > kTurnedAdvantage * as_is.score;
}

}  // namespace ogi

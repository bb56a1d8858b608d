#include "extractors/ocr/recognize/page_orientation.h"

#include <algorithm>

#include "extractors/ocr/image/page_prep.h"
#include "extractors/ocr/recognize/cell_reader.h"

namespace ogi {
namespace {

// Height of the band read for the comparison, in inches: a few text lines.
constexpr double kBand = 1.0;

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

}  // namespace ogi

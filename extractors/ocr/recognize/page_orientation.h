#pragma once

#include "extractors/ocr/image/page_source.h"
#include "extractors/ocr/recognize/ocr_engine.h"

namespace ogi {

// For a page whose text runs top to bottom: how many clockwise quarter turns (1 or 3) make it
// upright. Both candidates are read on a band of text and the one Tesseract reads with more
// confidence wins; layout heuristics cannot tell a page turned left from one turned right.
int upright_turns(OcrEngine& engine, const RasterPage& raster);

}  // namespace ogi

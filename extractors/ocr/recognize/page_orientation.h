#pragma once

#include "extractors/ocr/image/page_prep.h"
#include "extractors/ocr/image/page_source.h"
#include "extractors/ocr/recognize/ocr_engine.h"

namespace ogi {

// For a page whose text runs top to bottom: how many clockwise quarter turns (1 or 3) make it
// upright. Both candidates are read on a band of text and the one Tesseract reads with more
// confidence wins; layout heuristics cannot tell a page turned left from one turned right.
int upright_turns(OcrEngine& engine, const RasterPage& raster);

// Whether a page whose text runs across is upside down (fed into the scanner head first). Layout
// cannot tell: a page of Chinese print has no ascenders or descenders, and a table or paragraph
// looks much the same turned. Reading can: a few pieces of its longest text lines (the page with
// its rules erased) are read as they are, and Tesseract reads upright print with the confidence
// of print.
// Only when it does not are the same pieces read turned half a turn, and the page is upside down
// when that reads far better. The first read costs about 0.09 s of CPU on every page (a page's
// OCR costs several seconds); the second only pages that read poorly either way or are turned.
bool reads_upside_down(OcrEngine& engine, const ErasedPage& page, double dpi);

}  // namespace ogi

#pragma once

#include "extractors/ocr/ocr_engine.h"
#include "extractors/ocr/page_prep.h"
#include "extractors/ocr/page_source.h"
#include "model/document.h"

namespace ogi {

// Reads one page image into the document model, as the PDF backend reads a text layer: the
// ruling lines as RulingSegments and the text as TextRuns, in PDF points with a top-left origin,
// so layout rebuilds tables and paragraphs from them exactly as for a born-digital page. Each
// table cell is read on its own (one run per text line of the cell); text outside tables is read
// line by line. Every run carries Tesseract's confidence.
Page ocr_page(OcrEngines& engines, const RasterPage& raster, int page_index);

// The page prepared for reading: turned upright when its text runs top to bottom, straightened,
// binarized, rules found. Deterministic, so a second reading of the page sees the same pixels.
PreparedPage prepare_upright(OcrEngines& engines, const RasterPage& raster);

// Reads a page already prepared.
Page read_prepared_page(OcrEngines& engines, const PreparedPage& page, int page_index);

}  // namespace ogi

#pragma once

#include <vector>

#include "extractors/ocr/image/page_prep.h"
#include "extractors/ocr/image/table_cells.h"
#include "extractors/ocr/recognize/ocr_engine.h"
#include "model/document.h"

namespace ogi {

// One TextRun per recognized text line, in points: character boxes from Tesseract's symbols
// (split evenly where a word's symbols do not match its characters), the line's lowest word
// confidence.
std::vector<TextRun> line_runs(const std::vector<OcrWord>& words, double points_per_pixel,
                               int page_index);

// Reads the text outside the page's tables (headings, narrative, signature and date), with
// Tesseract's own block and line segmentation. `image` is the grey page with rules erased,
// `ink` the binary page with rules erased.
std::vector<TextRun> read_page_text(OcrEngine& engine, PIX* image, PIX* ink,
                                    const std::vector<TableCellAreas>& tables,
                                    const PreparedPage& page, int page_index);

}  // namespace ogi

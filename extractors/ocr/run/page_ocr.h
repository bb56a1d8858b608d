#pragma once

#include <vector>

#include "extractors/ocr/image/page_prep.h"
#include "extractors/ocr/image/page_source.h"
#include "extractors/ocr/image/table_cells.h"
#include "extractors/ocr/recognize/cell_reader.h"
#include "extractors/ocr/recognize/ocr_engine.h"
#include "model/document.h"

namespace ogi {

// A page ready for its cells and text to be read: turned upright when its text runs top to bottom
// or reads upside down, straightened, binarized, its rules found and erased, its tables found.
// Deterministic, so a second preparation of the page sees the same pixels and the same cells.
struct PageForReading {
  PreparedPage page;
  ErasedPage erased;
  std::vector<TableCellAreas> tables;

  PixPtr print_on_white;  // page_prep.h: the second look at a cell the first left unsure
  CellImages cell_images() const {
    return {erased.gray.get(), erased.ink.get(), page.dpi, print_on_white.get()};
  }
  // Every table cell, table by table: the order in which the cells' runs follow each other.
  std::vector<PixelBox> cells() const;
};

PageForReading prepare_for_reading(OcrEngines& engines, const RasterPage& raster);

// The text outside the page's tables, one run per text line (page_text.h).
std::vector<TextRun> read_outside_tables(OcrEngines& engines, const PageForReading& page,
                                         int page_index);

// The page read into the document model, as the PDF backend reads a text layer: the ruling lines
// as RulingSegments and the text as TextRuns, in PDF points with a top-left origin, so layout
// rebuilds tables and paragraphs from them exactly as for a born-digital page. `cells` are the
// readings of page.cells() (one run per text line of a cell), `text` what read_outside_tables
// read; every run carries Tesseract's confidence.
Page assemble_page(const PageForReading& page, int page_index,
                   const std::vector<CellReading>& cells, std::vector<TextRun> text);

}  // namespace ogi

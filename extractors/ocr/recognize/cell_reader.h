#pragma once

#include <string>
#include <vector>

#include "extractors/ocr/image/print_ink.h"
#include "extractors/ocr/recognize/number_vote.h"
#include "extractors/ocr/recognize/ocr_engine.h"

namespace ogi {

// The confidence of a blank read where the image holds marks, of a 1 told by its shape alone, and
// of a lone digit recognizers disagreed on, told among their readings by its holes.
inline constexpr double kUnsureBlank = 0.5;
inline constexpr double kShapeOne = 0.6;
inline constexpr double kShapeDigit = 0.7;

// What one table cell reads as.
struct CellReading {
  std::string text;  // empty for a cell without ink
  // 1.0 for a blank cell only when it holds no mark at all; a blank cell with marks no
  // recognizer reads keeps kUnsureBlank.
  double confidence = 1.0;
  PixelBox area;               // the cell read, page pixels
  PixelBox ink;                // the printed part of the cell, page pixels
  bool value = false;          // read as a number
  std::vector<OcrWord> words;  // a label's words, boxes in page pixels; empty for values
};

// The page images a cell is read from, rules erased from both.
struct CellImages {
  PIX* gray = nullptr;  // what is recognized
  PIX* ink = nullptr;   // binary: where the print is
  double dpi = 0;
  // The grey print on white paper (page_prep.h): a short cell the grey page reads as no number or
  // an unsure one is read from it too, and its reading kept when surer.
  PIX* print_on_white = nullptr;
};

// The part of a cell given to the recognizers: the ink with a margin of paper, inside the cell.
PixelBox reading_region(const PixelBox& ink, const PixelBox& cell, double dpi);

// Reads one table cell on its own, as Chinese text first. A cell with no print but stray marks is
// read as a number from the marks; read as nothing, it is an unsure blank. A one-line cell that
// reads as a number (or as a character or two that a Latin reading sees as a number) is read again
// by other recognizers until two agree; a number they disagree on keeps a confidence below 0.5, so
// it is never a silent guess.
CellReading read_cell(OcrEngines& engines, const CellImages& images, const PixelBox& cell);

// The page images a doubted cell is read from again: besides the grey page, the page thresholded
// two ways (global Otsu and local Sauvola) and handed to Tesseract as grey, and the grey print on
// white paper, so that a speck, a faint stroke, a JPEG halo or the other side of the sheet that
// misled the first reading looks different to the second.
struct RereadImages {
  CellImages first;
  PIX* global_threshold = nullptr;  // 8 bpp, black ink on white
  PIX* local_threshold = nullptr;   // 8 bpp, black ink on white
};

// Every number other recognizers see in one cell (other scales, thresholds and segmentation
// modes than read_cell used), with its votes; empty for a cell without ink.
std::vector<NumberReading> reread_number(OcrEngines& engines, const RereadImages& images,
                                         const PixelBox& cell);

}  // namespace ogi

#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/cell_rereading.h"
#include "model/document.h"
#include "model/loadable_module.h"

namespace ogi {

// A picture of a page as grey levels, one byte a pixel, row after row; empty when there is none.
struct GrayImage {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> pixels;
};

// A document page to draw as OCR read it: its index, and the quarter turns OCR gave it.
struct PageView {
  int page_index = 0;
  int turned = 0;  // degrees, a multiple of 90
};

// Everything the rest of the program asks of the OCR module (extractors/ocr, Tesseract and
// Leptonica), which `ogi` loads only when a page needs it (ocr_module.h). The module and `ogi`
// are built from the same sources by the same compiler against the same libstdc++, so C++ types
// cross the boundary, and so do exceptions: an ExtractError thrown inside reaches the caller as
// any extractor's does.
struct OcrModuleCalls {
  ModuleTableHead head;

  // The PDF at `path` rendered: the `scanned` pages (0-based) read by OCR into `document`, and
  // the rules drawn as pixels on the `unruled` pages added to their rulings (pdf_backend.h).
  void (*read_rendered_pages)(Document& document, const std::string& path,
                              const std::vector<int>& scanned, const std::vector<int>& unruled);
  // A PNG, JPEG or TIFF, every frame a page read by OCR; format "image".
  Document (*extract_image)(const std::string& path);
  // Pictures a document shows (PNG, JPEG or TIFF bytes) read by OCR as its pages, picture i as
  // page i; for each picture why it was not read, "" when it was
  // (extractors/ocr/run/picture_reading.h).
  std::vector<std::string> (*read_pictures)(Document& document,
                                            const std::vector<std::string>& pictures);
  // Doubted cells of a scanned document read again (extractors/ocr/run/cell_reread.h).
  std::vector<CellRereading> (*reread_cells)(const std::string& path, const std::string& format,
                                             const std::vector<SplitSheet>& split_sheets,
                                             const std::vector<RereadRequest>& requests);
  // The pages of a PDF or image file (`format` "pdf" or "image") as OCR read them (a 2-up
  // sheet's half, turned as OCR turned it) at `dpi`, one image per view in order; an empty image
  // for a page the file does not have.
  std::vector<GrayImage> (*pages_as_read)(const std::string& path, const std::string& format,
                                          const std::vector<SplitSheet>& split_sheets,
                                          const std::vector<PageView>& views, double dpi);
};

// The C name of the module's one exported function, `const ModuleTableHead* ()`, the head of its
// OcrModuleCalls.
inline constexpr char kOcrModuleEntry[] = "ogi_ocr_module_calls";

}  // namespace ogi

#pragma once

#include <string>
#include <vector>

#include "extractors/ocr_module/ocr_module_calls.h"
#include "model/document.h"

namespace ogi {

// The pages of the file at `path` (`format` "image": a PNG, JPEG or TIFF, every frame a page; else
// a PDF) as OCR read them, for pictures drawn over them (`ogi debug`, the audit pages' crops): from
// the page's sheet of the file (one half of a 2-up sheet listed in `split_sheets`), turned as OCR
// turned it, so that the boxes OCR put on the page land on it, scaled to `dpi`. One image per
// view, in order; an empty one for a page the file does not have. (OCR's deskewing, under a
// degree, is not redone.) Throws ExtractError when the file cannot be opened.
std::vector<GrayImage> pages_as_read(const std::string& path, const std::string& format,
                                     const std::vector<SplitSheet>& split_sheets,
                                     const std::vector<PageView>& views, double dpi);

}  // namespace ogi

#pragma once

#include <vector>

#include "model/document.h"
#include "model/report.h"

namespace ogi {

// The info findings OCR-3 that say why pages were read by OCR: one per reason (Page::ocr_reason),
// naming its pages in order, e.g. “第3、4页文字层是拉丁字母乱码…，已由OCR识别”. Pages read by OCR
// without a reason (an image file's) get none: an image has no text layer to distrust.
std::vector<Finding> ocr_page_findings(const Document& document);

}  // namespace ogi

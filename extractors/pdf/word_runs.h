#pragma once

#include <vector>

#include "extractors/pdf/page_capture.h"
#include "model/document.h"

namespace ogi {

// One TextRun per word Poppler found on the page, in its reading order, with one box per code
// point (device space: points, top-left origin, the page as displayed after /Rotate).
std::vector<TextRun> word_runs(TextPage& text, int page_index);

}  // namespace ogi

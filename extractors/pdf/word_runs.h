#pragma once

#include <vector>

#include "extractors/pdf/page_capture.h"
#include "model/document.h"

namespace ogi {

// One TextRun per word of Poppler's word list of a page (its reading order), with one box per
// code point (device space: points, top-left origin, the page as displayed after /Rotate).
std::vector<TextRun> word_runs(TextWordList& words, int page_index);

}  // namespace ogi

#pragma once

#include <vector>

#include "extractors/ocr/image/page_source.h"

namespace ogi {

// A landscape sheet holding two portrait pages side by side (printed or copied "2-up", then
// scanned), as those two pages, left then right; any other page alone, as it is.
//
// A sheet is taken for 2-up only when everything says so: it is landscape; its text lines run
// across; a band of bare paper (the two pages' margins, at least 0.4 in) runs its full height
// within a tenth of its width from its centre; there is print beside it (on both sides, or on
// the left only: the last sheet of an odd number of pages); each half is portrait. A landscape
// page holding one wide table is never cut: its rules and lines cross the centre. Each half is
// scaled back to the sheet's size (the pages were shrunk to fit half of it), so its print has the
// size every threshold of the OCR room expects; its page size in points is that of the enlarged
// half. Deterministic: the same sheet always gives the same halves, which is what lets a cell be
// read again from the same pixels.
std::vector<RasterPage> split_two_up(RasterPage sheet);

}  // namespace ogi

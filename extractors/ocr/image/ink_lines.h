#pragma once

#include <vector>

#include "extractors/ocr/image/lept_ptr.h"

namespace ogi {

// The lines of print inside `box` of a binary page, top to bottom: bands of inked rows split at
// blank rows. A band much thinner than the tallest one (the strokes of a line of 三 and 二, a
// stray mark) joins its nearer neighbour. Tesseract's block segmentation drops a short last line
// of a wrapped label ("…禁止公" / "开"); reading each line on its own does not.
std::vector<PixelBox> ink_lines(PIX* ink, const PixelBox& box);

}  // namespace ogi

#pragma once

#include "extractors/ocr/image/lept_ptr.h"

namespace ogi {

// Flattens the paper to white: uneven lighting, yellowed or grey paper and low-contrast scans all
// come out as dark ink on a white background, which every later threshold assumes.
PixPtr normalize_background(PIX* gray);

// Ink black (1) on white (0), one threshold for the whole page: Otsu on the normalized grey.
PixPtr binarize(PIX* normalized);

// A second opinion for re-reading: Sauvola's local threshold, which keeps thin strokes that a
// global threshold loses on faint print and drops JPEG halos a global threshold keeps.
PixPtr binarize_local(PIX* normalized);

}  // namespace ogi

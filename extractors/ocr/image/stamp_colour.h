#pragma once

#include "extractors/ocr/image/lept_ptr.h"

namespace ogi {

// Colour pixels in memory, row by row: `bytes_per_pixel` bytes a pixel, the red, green and blue
// levels at byte offsets `red`, `green`, `blue` within it (a fourth byte, alpha or padding, is
// skipped). Describes a Poppler rendering and a Leptonica 32 bpp image alike, without a copy.
struct RgbRows {
  const l_uint8* data = nullptr;
  int width = 0;
  int height = 0;
  int bytes_per_row = 0;
  int bytes_per_pixel = 3;
  int red = 0;
  int green = 1;
  int blue = 2;
};

// The rows of a 32 bpp Leptonica image (its byte order depends on the machine's).
RgbRows rgb_rows(PIX* rgb);

// Whether the page shows coloured marks (a seal, a stamp, coloured print) worth turning to grey
// without them: enough pixels whose channels differ by more than a grey scanner's noise. Meant for
// a small rendering of the page (about 30 dpi), so that a grey page pays for a thumbnail only.
bool has_colour(const RgbRows& rows);

// The page as 8 bpp grey with red and blue stamps dropped. Away from colour, a pixel's grey is
// its luminance, as a grey rendering gives it (a colour JPEG keeps brightness sharp and colour at
// half resolution, so the luminance is also its least noisy grey). Near colour it is the pixel's
// brightest channel, brightened: a red seal's ink absorbs green and blue but passes red, so its
// brightest channel is near the paper's (blue stamps likewise through their blue channel), and
// brightening in proportion to the colour's saturation lifts the rest to paper, including the
// seal's outlines, which a JPEG leaves grey with little colour of their own. Print under a
// semi-transparent seal stays dark: seal ink multiplies the paper's light, so black under it is
// black in every channel; the grey edges of its strokes are thinned a little.
PixPtr gray_without_stamps(const RgbRows& rows);

}  // namespace ogi

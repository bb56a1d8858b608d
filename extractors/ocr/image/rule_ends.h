#pragma once

#include <vector>

#include "extractors/ocr/image/lept_ptr.h"

namespace ogi {

// A rule of a ruled table ends on another rule or nowhere inside the table. On a thresholded scan
// a thin rule's ends are where the threshold happened to lose it, so an end that stops short of
// a crossing rule, or overshoots it, by up to `reach` pixels is put on that rule; layout would
// otherwise read each such end as a column or row of its own. `lines` run one way (horizontal
// when `horizontal`), `across` the other; an end already on a crossing rule (within `slack`)
// stays where it is.
void snap_rule_ends(std::vector<PixelBox>& lines, const std::vector<PixelBox>& across,
                    bool horizontal, int reach, int slack);

}  // namespace ogi

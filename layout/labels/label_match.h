#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "template/template_schema.h"

namespace ogi {

// Drops leading enumeration markers ("三、", "(一)", "1.", "2、", "(3)") from a compact label, as
// many as are stacked ("三、(一)予以公开" → "予以公开"). Input and output are compact labels.
std::string strip_enumeration(std::string_view compact);

// Splits a compact label before every enumeration marker that follows other text, so a cell that
// merged a group and an item ("(三)不予公开1.属于国家秘密") yields both parts, stripped.
std::vector<std::string> split_enumerated_parts(std::string_view compact);

// How well printed text matches a label, in [0, 1]: 1 exact; high when the text starts with the
// label (a label plus a printed explanation); lower for truncation; typo-tolerant by edit
// distance. Both arguments compact and without enumeration.
double label_similarity(std::string_view text, std::string_view label);

struct LabelMatch {
  int index = -1;  // into the candidate list, -1 when nothing reached the threshold
  double score = 0;
};

inline constexpr double kMinLabelScore = 0.6;

// Best of `candidates` for `text` (compact, enumeration stripped) over all of their labels.
LabelMatch best_label_match(std::string_view text, const std::vector<LabelledKey>& candidates,
                            double min_score = kMinLabelScore);

}  // namespace ogi

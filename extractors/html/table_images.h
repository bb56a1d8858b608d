#pragma once

#include <optional>

#include "model/document.h"

namespace ogi {

// When a page shows images in its report text and lacks one of the statistics tables (表二, 表三,
// 表四) as a real table, the table was most likely published as a picture: an issue
// {"table_image", …} naming the missing tables, so the record says why their cells are empty.
std::optional<ExtractIssue> table_image_issue(const Document& document, int content_images);

}  // namespace ogi

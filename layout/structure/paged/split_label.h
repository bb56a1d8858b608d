#pragma once

#include <string_view>

namespace ogi {

// Whether `head`, the last text of a cell at the foot of a page, and `tail`, the text of the same
// column at the top of the next, are one label the page break cut ("社会" / "公益组织",
// "自然" / "人", "结果" / "维持"): joined they read as a label of a national template, at least as
// well as either part.
bool joins_into_label(std::string_view head, std::string_view tail);

}  // namespace ogi

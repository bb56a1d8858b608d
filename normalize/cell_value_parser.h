#pragma once

#include <string_view>

#include "model/cell_value.h"

namespace ogi {

// Parses a table cell as template.md §5.1 says: 0/0件/零/０ → ZERO; blank/&nbsp; → EMPTY;
// / - — —— -- 不适用 无 N/A → NA; +1036, -8, 增加2, 减少1 → signed NUMERIC; thousands separators
// and unit suffixes (件 条 项 个 元 万元) stripped with the unit recorded; anything else → TEXT.
CellValue parse_cell_value(std::string_view text);

}  // namespace ogi

#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ogi {

// A development zone (高新区, 经济技术开发区, 工业园区, 新区 …) printed where a division would
// be. A zone is no administrative division: its committee is a body of the division that set it
// up, so a report of one is linked to that division, less surely than a division's own body.
struct PrintedZone {
  std::string name;     // as printed: 苏州工业园区, 高新区
  int listed_code = 0;  // the statistics code of a zone the division package lists, else 0
};

// The zone `text` starts with: the longest zone the package lists (development_zone_rows), or
// else a zone word (开发区, 高新区, 园区 …) after at most six characters that are no body's words.
std::optional<PrintedZone> zone_at_start(std::string_view text);

}  // namespace ogi

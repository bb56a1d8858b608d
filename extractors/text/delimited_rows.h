#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace ogi {

// Lines of a text dump that spell out a table row explicitly.
enum class RowDelimiter { kNone, kTab, kPipe };

// kTab for tab-separated cells (a tab after some text, not just indentation); kPipe for a
// markdown-style row that starts and ends with '|' and has some text. A pipe row broken over
// several lines is not a row here: its pieces stay lines of text for layout to rebuild.
RowDelimiter row_delimiter(std::string_view line);

// The cells of a row, trimmed; the outer pipes of a pipe row are not cells.
std::vector<std::string> split_row(std::string_view line, RowDelimiter delimiter);

// A markdown separator ("|---|:--:|") or a line of bare pipes ("|||"): structure without text.
bool is_pipe_rule(std::string_view line);

// A page number left in the dump: "-3-", "— 3 —", "第3页", "第 3 页 共 10 页", "3/10".
bool is_page_marker(std::string_view line);

}  // namespace ogi

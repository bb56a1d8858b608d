#pragma once

#include <ostream>
#include <string>
#include <string_view>

namespace ogi {

// Text from a document (agency names, file paths, messages, raw cell text) as HTML text or an
// attribute value: & < > " ' replaced by entities, so no input can open a tag or end an attribute.
std::string html_escaped(std::string_view text);
void write_escaped(std::ostream& out, std::string_view text);

}  // namespace ogi

#include "output/html_text.h"

#include <sstream>

namespace ogi {

void write_escaped(std::ostream& out, std::string_view text) {
  size_t plain_from = 0;
  for (size_t at = 0; at < text.size(); ++at) {
    const char* entity = nullptr;
    switch (text[at]) {
      case '&':
        entity = "&amp;";
        break;
      case '<':
        entity = "&lt;";
        break;
      case '>':
        entity = "&gt;";
        break;
      case '"':
        entity = "&quot;";
        break;
      case '\'':
        entity = "&#39;";
        break;
      default:
        continue;
    }
    out << text.substr(plain_from, at - plain_from) << entity;
    plain_from = at + 1;
  }
  out << text.substr(plain_from);
}

std::string html_escaped(std::string_view text) {
  std::ostringstream escaped;
  write_escaped(escaped, text);
  return escaped.str();
}

}  // namespace ogi

#include "model/printed_table.h"

#include <algorithm>

namespace ogi {

bool is_ascii_number(std::string_view text) {
  const auto digit = [](char c) { return c >= '0' && c <= '9'; };
  return std::any_of(text.begin(), text.end(), digit) &&
         std::all_of(text.begin(), text.end(),
                     [&](char c) { return digit(c) || c == '.' || c == ','; });
}

}  // namespace ogi

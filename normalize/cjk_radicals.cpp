#include "normalize/cjk_radicals.h"

#include <algorithm>

#include "normalize/code_points.h"

namespace ogi {
namespace {

// Both blocks lie in U+2E80–U+2FFF, whose UTF-8 forms are E2 BA 80 – E2 BF BF: text without
// such a lead is passed over without decoding it.
bool may_hold_radicals(std::string_view text) {
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const auto second = static_cast<unsigned char>(text[i + 1]);
    if (lead == 0xE2 && second >= 0xBA && second <= 0xBF) return true;
  }
  return false;
}

}  // namespace

char32_t ideograph_of_radical(char32_t c) {
  const std::vector<RadicalIdeograph>& table = cjk_radical_table();
  const auto found = std::lower_bound(
      table.begin(), table.end(), c,
      [](const RadicalIdeograph& entry, char32_t code) { return entry.radical < code; });
  return found != table.end() && found->radical == c ? found->ideograph : c;
}

bool replace_cjk_radicals(std::string_view text, std::string& out) {
  if (!may_hold_radicals(text)) return false;
  std::string replaced;
  replaced.reserve(text.size());
  bool changed = false;
  for (size_t offset = 0; offset < text.size();) {
    const size_t start = offset;
    const char32_t c = next_code_point(text, offset);
    const char32_t ideograph = ideograph_of_radical(c);
    if (ideograph == c) {
      replaced.append(text.substr(start, offset - start));
    } else {
      append_code_point(replaced, ideograph);
      changed = true;
    }
  }
  if (changed) out = std::move(replaced);
  return changed;
}

}  // namespace ogi

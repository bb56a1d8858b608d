#include "layout/labels/glyph_confusion.h"

#include <string_view>
#include <unordered_map>

namespace ogi {
namespace {

// Groups of mutually confusable glyphs; the first of each group represents it.
constexpr std::u32string_view kGroups[] = {
    U"予子矛",
    U"已己巳",
    U"未末",
    U"人入八",
    U"土士",
    U"日曰",
    U"千干于",
    U"刀力",
    U"王玉",
    U"天夭",
    U"大太犬",
    U"今令",
    U"贝见",
    U"戊戌戍",
    // Brackets and colons a scan blurs into one another (〈单位;万元) for (单位:万元)).
    U"(〈《<[【{「",
    U")〉》>]】}」",
    U":;",
};

// Every confusable glyph → its group's first; built once, as labels are compared millions of
// times over a corpus.
const std::unordered_map<char32_t, char32_t>& representatives() {
  static const std::unordered_map<char32_t, char32_t> table = [] {
    std::unordered_map<char32_t, char32_t> out;
    for (std::u32string_view group : kGroups) {
      for (char32_t c : group) out.emplace(c, group.front());
    }
    return out;
  }();
  return table;
}

char32_t canonical_glyph(char32_t c) {
  const auto& table = representatives();
  const auto found = table.find(c);
  return found == table.end() ? c : found->second;
}

}  // namespace

std::u32string canonical_glyphs(std::u32string text) {
  for (char32_t& c : text) c = canonical_glyph(c);
  return text;
}

}  // namespace ogi

#include "extractors/pdf/page_triage.h"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "model/printed_table.h"
#include "model/utf8.h"

namespace ogi {
namespace {

// Fewer printed characters than this is no text layer: a scan may carry a page number or a
// stamp's text, never a report's paragraphs.
constexpr int kMinCharacters = 10;
// From this share of garbage on, the text layer is not the page's text.
constexpr double kMaxGarbageShare = 0.3;
// A Chinese report's page is more than half Han (0.58 at least on the development set, tables
// included); below this share the page holds next to no Chinese, and then a smaller share of
// junk already says the text layer is not the page's text.
constexpr double kMinHanShare = 0.05;
constexpr double kMaxGarbageShareWithoutHan = 0.1;
// A table prints at least this many pairs of numbers side by side (a row of four has three).
constexpr int kMinNumberPairs = 3;
// Vector content with fewer horizontal rules than this and no vertical one draws no table (an
// underline, a rule under the letterhead); a table ruled by rows alone has more.
constexpr size_t kMinTableRules = 3;

bool is_unmapped(char32_t c) {
  const bool private_use = (c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000;
  const bool control = c < 0x20 || (c >= 0x7F && c < 0xA0);
  return private_use || control || c == 0xFFFD;
}

// What a CJK font's codes turn into when read as WinAnsi: Latin-1 letters and signs, the Latin
// letters and marks WinAnsi adds (Š Œ ƒ ˆ ˜), its typographic signs († ‡ • ‰ ‹ › € ™) and the
// ASCII symbols a report's text has no use for. Curly quotes, dashes and the ellipsis are left
// out: Chinese text prints them.
bool is_latin_junk(char32_t c) {
  if (c >= 0xA1 && c <= 0x24F) return true;  // from ¡: a no-break space is a space
  if (c == 0x2C6 || c == 0x2DC) return true;
  if (std::u32string_view(U"†‡•‰‹›€™").find(c) != std::u32string_view::npos) return true;
  return c < 0x80 && std::string_view("!\"#$&'*+<=>?@[\\]^_`{|}~").find(static_cast<char>(c)) !=
                         std::string_view::npos;
}

bool is_han(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x2E80 && c <= 0x2FDF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x3FFFF);
}

struct CharacterCounts {
  int characters = 0;
  int unmapped = 0;
  int junk = 0;
  int han = 0;
};

CharacterCounts count_characters(const Page& page) {
  CharacterCounts counts;
  for (const TextRun& run : page.runs) {
    for (char32_t c : utf8_to_u32(run.text)) {
      if (c == U' ' || c == U'\t' || c == U'\n' || c == U'\r') continue;
      ++counts.characters;
      counts.unmapped += is_unmapped(c);
      counts.junk += is_latin_junk(c);
      counts.han += is_han(c);
    }
  }
  return counts;
}

bool draws_table_rules(const std::vector<RulingSegment>& rulings) {
  const auto horizontal = std::count_if(
      rulings.begin(), rulings.end(), [](const RulingSegment& rule) { return rule.horizontal(); });
  return static_cast<size_t>(horizontal) >= kMinTableRules ||
         static_cast<size_t>(horizontal) < rulings.size();
}

double height(const TextRun& run) { return std::max(run.box.height(), 1.0); }

// Pairs of numbers side by side in each line: neighbours on the line, both numbers, a cell gap
// apart. A text layer's words are runs, so this groups runs where layout groups glyphs.
int number_pairs(std::vector<const TextRun*> line) {
  std::sort(line.begin(), line.end(),
            [](const TextRun* a, const TextRun* b) { return a->box.x0 < b->box.x0; });
  int pairs = 0;
  for (size_t i = 1; i < line.size(); ++i) {
    const TextRun& left = *line[i - 1];
    const TextRun& right = *line[i];
    const double em = std::max({left.font_size, right.font_size, 1.0});
    pairs += is_ascii_number(left.text) && is_ascii_number(right.text) &&
             right.box.x0 - left.box.x1 >= kCellGapEm * em;
  }
  return pairs;
}

}  // namespace

TextLayerFault text_layer_fault(const Page& page) {
  const CharacterCounts counts = count_characters(page);
  if (counts.characters < kMinCharacters) return TextLayerFault::kNoText;
  const double characters = counts.characters;
  if (counts.unmapped >= kMaxGarbageShare * characters) return TextLayerFault::kUnmappedGlyphs;
  const double garbage = counts.unmapped + counts.junk;
  const double allowed =
      counts.han < kMinHanShare * characters ? kMaxGarbageShareWithoutHan : kMaxGarbageShare;
  return garbage >= allowed * characters ? TextLayerFault::kLatinJunk : TextLayerFault::kNone;
}

std::string describe(TextLayerFault fault) {
  switch (fault) {
    case TextLayerFault::kNone:
      break;
    case TextLayerFault::kNoText:
      return "没有文字层（扫描页或文字绘成图形）";
    case TextLayerFault::kUnmappedGlyphs:
      return "文字层是私用区、替换或控制字符（字体没有Unicode映射）";
    case TextLayerFault::kLatinJunk:
      return "文字层是拉丁字母乱码，数字也不对（字体编码没有Unicode映射）";
  }
  return "";
}

bool needs_ocr(const Page& page) { return text_layer_fault(page) != TextLayerFault::kNone; }

bool prints_unruled_table(const Page& page) {
  if (draws_table_rules(page.rulings)) return false;
  std::vector<const TextRun*> runs;
  for (const TextRun& run : page.runs) runs.push_back(&run);
  std::sort(runs.begin(), runs.end(), [](const TextRun* a, const TextRun* b) {
    return a->box.center_y() < b->box.center_y();
  });
  int pairs = 0;
  size_t begin = 0;
  while (begin < runs.size()) {
    size_t end = begin + 1;
    while (end < runs.size() &&
           std::fabs(runs[end]->box.center_y() - runs[begin]->box.center_y()) <=
               kSameLineFraction * std::max(height(*runs[end]), height(*runs[begin]))) {
      ++end;
    }
    pairs += number_pairs({runs.begin() + begin, runs.begin() + end});
    begin = end;
  }
  return pairs >= kMinNumberPairs;
}

}  // namespace ogi

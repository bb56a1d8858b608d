#include "extractors/pdf/page_triage.h"

#include <algorithm>
#include <cmath>

#include "model/printed_table.h"
#include "model/utf8.h"

namespace ogi {
namespace {

// Fewer printed characters than this is no text layer: a scan may carry a page number or a
// stamp's text, never a report's paragraphs.
constexpr int kMinCharacters = 10;
// From this share of garbage on, the text layer is not the page's text.
constexpr double kMaxGarbageShare = 0.3;
// A table prints at least this many pairs of numbers side by side (a row of four has three).
constexpr int kMinNumberPairs = 3;
// Vector content with fewer horizontal rules than this and no vertical one draws no table (an
// underline, a rule under the letterhead); a table ruled by rows alone has more.
constexpr size_t kMinTableRules = 3;

bool is_garbage(char32_t c) {
  const bool private_use = (c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000;
  const bool control = c < 0x20 || (c >= 0x7F && c < 0xA0);
  // Latin-1 letters stand in for CJK glyphs when a font's codes are read as WinAnsi.
  const bool latin1 = c >= 0xA0 && c <= 0xFF;
  return private_use || control || latin1 || c == 0xFFFD;
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

bool needs_ocr(const Page& page) {
  int characters = 0;
  int garbage = 0;
  for (const TextRun& run : page.runs) {
    for (char32_t c : utf8_to_u32(run.text)) {
      if (c == U' ' || c == U'\t' || c == U'\n' || c == U'\r') continue;
      ++characters;
      garbage += is_garbage(c);
    }
  }
  if (characters < kMinCharacters) return true;
  return garbage >= kMaxGarbageShare * characters;
}

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

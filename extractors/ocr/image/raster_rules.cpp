#include "extractors/ocr/image/raster_rules.h"

#include <algorithm>
#include <cmath>

#include "extractors/ocr/image/binarize.h"
#include "extractors/ocr/image/rule_detect.h"

namespace ogi {
namespace {

// Words on one line have vertical centres within this share of their height.
constexpr double kSameLine = 0.35;
// Numbers of neighbouring cells stand at least this many em apart.
constexpr double kCellGapEm = 0.5;
// A table prints at least this many such pairs (a row of four numbers has three).
constexpr int kMinNumberPairs = 3;
// Vector content with fewer horizontal rules than this and no vertical one draws no table (an
// underline, a rule under the letterhead); a table ruled by rows alone has more.
constexpr size_t kMinTableRules = 3;

bool draws_table_rules(const std::vector<RulingSegment>& rulings) {
  const auto horizontal = std::count_if(
      rulings.begin(), rulings.end(), [](const RulingSegment& rule) { return rule.horizontal(); });
  return static_cast<size_t>(horizontal) >= kMinTableRules ||
         static_cast<size_t>(horizontal) < rulings.size();
}

bool is_number(const std::string& text) {
  const bool digits =
      std::any_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
  return digits && std::all_of(text.begin(), text.end(), [](char c) {
           return (c >= '0' && c <= '9') || c == '.' || c == ',';
         });
}

double height(const TextRun& run) { return std::max(run.box.height(), 1.0); }

// Pairs of numbers side by side in each line: neighbours on the line, both numbers, far apart.
int number_pairs(std::vector<const TextRun*> line) {
  std::sort(line.begin(), line.end(),
            [](const TextRun* a, const TextRun* b) { return a->box.x0 < b->box.x0; });
  int pairs = 0;
  for (size_t i = 1; i < line.size(); ++i) {
    const TextRun& left = *line[i - 1];
    const TextRun& right = *line[i];
    const double em = std::max({left.font_size, right.font_size, 1.0});
    pairs += is_number(left.text) && is_number(right.text) &&
             right.box.x0 - left.box.x1 >= kCellGapEm * em;
  }
  return pairs;
}

}  // namespace

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
               kSameLine * std::max(height(*runs[end]), height(*runs[begin]))) {
      ++end;
    }
    pairs += number_pairs({runs.begin() + begin, runs.begin() + end});
    begin = end;
  }
  return pairs >= kMinNumberPairs;
}

std::vector<RulingSegment> raster_rulings(const RasterPage& raster, int page_index) {
  const PixPtr normalized = normalize_background(raster.gray.get());
  const PixPtr binary = binarize(normalized.get());
  return rule_segments(detect_rules(binary.get(), raster.dpi), 72.0 / raster.dpi, page_index);
}

}  // namespace ogi

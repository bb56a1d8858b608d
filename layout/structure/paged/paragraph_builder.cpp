#include "layout/structure/paged/paragraph_builder.h"

#include <algorithm>
#include <cmath>

#include "normalize/paragraph_breaks.h"
#include "normalize/text_normalize.h"

namespace ogi {
namespace {

constexpr double kMarginBucket = 3.0;
// CJK line breaking keeps closing punctuation off a line start, so a wrapped line may stop a
// character or two short; a line that short ends its paragraph only when it ends a sentence.
constexpr double kShortLineEm = 3.0;
constexpr double kShortSentenceEm = 1.0;
constexpr double kIndentEm = 0.9;
constexpr double kFontChange = 0.2;
constexpr double kWideGapFactor = 1.6;
constexpr double kWideGapEm = 0.5;
constexpr double kTitleSizeFactor = 1.1;
constexpr double kCentredEm = 1.0;

// The most common value, in buckets of kMarginBucket points.
double most_common(const std::vector<double>& values) {
  std::map<long, int> counts;
  for (double value : values) ++counts[std::lround(value / kMarginBucket)];
  long best = 0;
  int best_count = -1;
  for (const auto& [bucket, count] : counts) {
    if (count > best_count) {
      best = bucket;
      best_count = count;
    }
  }
  return static_cast<double>(best) * kMarginBucket;
}

double median(std::vector<double> values) {
  if (values.empty()) return 0;
  std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
  return values[values.size() / 2];
}

TextFrame estimate_frame(const std::vector<const PlacedLine*>& lines) {
  std::vector<double> lefts;
  std::vector<double> rights;
  std::vector<double> gaps;
  std::vector<double> sizes;
  for (size_t i = 0; i < lines.size(); ++i) {
    sizes.push_back(lines[i]->line.font_size);
    lefts.push_back(lines[i]->line.box.x0);
    rights.push_back(lines[i]->line.box.x1);
    if (i > 0 && lines[i - 1]->page == lines[i]->page) {
      const double gap = lines[i]->line.box.y0 - lines[i - 1]->line.box.y1;
      if (gap > 0) gaps.push_back(gap);
    }
  }
  TextFrame frame;
  frame.left = most_common(lefts);
  // Justified body lines all end at the right margin; the longest common end is that margin.
  frame.right = *std::max_element(rights.begin(), rights.end());
  const double common_right = most_common(rights);
  if (common_right > frame.left + (frame.right - frame.left) / 2) frame.right = common_right;
  frame.line_gap = median(gaps);
  frame.body_size = median(sizes);
  return frame;
}

int width_key(double page_width) { return static_cast<int>(std::lround(page_width)); }

bool ends_short(const PlacedLine& line, const std::string& text, const TextFrame& frame) {
  const double missing = frame.right - line.line.box.x1;
  return missing > kShortLineEm * line.line.font_size ||
         (missing > kShortSentenceEm * line.line.font_size && ends_sentence(text));
}

bool is_indented(const PlacedLine& line, const TextFrame& frame) {
  return line.line.box.x0 > frame.left + kIndentEm * line.line.font_size;
}

bool is_centred(const PlacedLine& line, const TextFrame& frame) {
  const double centre = (frame.left + frame.right) / 2;
  return std::fabs(line.line.box.center_x() - centre) <= kCentredEm * line.line.font_size;
}

// A title wrapped over centred lines, set larger than the body text.
bool continues_title(const PlacedLine& previous, const PlacedLine& next, const TextFrame& frame) {
  const double size = previous.line.font_size;
  return previous.page == next.page && size >= kTitleSizeFactor * frame.body_size &&
         std::fabs(next.line.font_size - size) <= 0.1 * size && is_centred(previous, frame) &&
         is_centred(next, frame) && next.line.box.y0 - previous.line.box.y1 <= size;
}

// `previous_text` and `text`: the two lines normalized.
bool breaks_between(const PlacedLine& previous, const PlacedLine& next,
                    const std::string& previous_text, const std::string& text,
                    const TextFrames& frames) {
  const TextFrame& previous_frame = frames.frame_for(previous.page_width);
  const TextFrame& frame = frames.frame_for(next.page_width);
  if (continues_title(previous, next, frame)) return false;
  if (ends_short(previous, previous_text, previous_frame) || is_indented(next, frame)) {
    return true;
  }
  if (starts_with_heading_marker(text)) return true;
  const double larger = std::max(previous.line.font_size, next.line.font_size);
  if (std::fabs(previous.line.font_size - next.line.font_size) > kFontChange * larger) return true;
  if (previous.page != next.page) return false;
  const double gap = next.line.box.y0 - previous.line.box.y1;
  return frame.line_gap > 0 &&
         gap > std::max(kWideGapFactor * frame.line_gap, frame.line_gap + kWideGapEm * larger);
}

}  // namespace

TextFrames::TextFrames(const std::vector<PlacedLine>& lines) {
  std::map<int, std::vector<const PlacedLine*>> by_width;
  std::vector<const PlacedLine*> all;
  for (const PlacedLine& line : lines) {
    by_width[width_key(line.page_width)].push_back(&line);
    all.push_back(&line);
  }
  for (const auto& [width, members] : by_width) frames_[width] = estimate_frame(members);
  if (!all.empty()) fallback_ = estimate_frame(all);
}

const TextFrame& TextFrames::frame_for(double page_width) const {
  const auto found = frames_.find(width_key(page_width));
  return found == frames_.end() ? fallback_ : found->second;
}

std::vector<Paragraph> build_paragraphs(const std::vector<PlacedLine>& lines,
                                        const TextFrames& frames) {
  std::vector<Paragraph> paragraphs;
  std::string raw;
  std::string previous_text;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::string text = normalize_text(line_text(lines[i].line));
    if (i == 0 || breaks_between(lines[i - 1], lines[i], previous_text, text, frames)) {
      if (!paragraphs.empty()) paragraphs.back().text = normalize_text(raw);
      paragraphs.push_back({"", lines[i].page, lines[i].line.box});
      raw.clear();
    } else if (lines[i].page == paragraphs.back().page) {
      paragraphs.back().box = united(*paragraphs.back().box, lines[i].line.box);
    }
    if (!raw.empty()) raw.push_back('\n');
    raw += text;
    previous_text = std::move(text);
  }
  if (!paragraphs.empty()) paragraphs.back().text = normalize_text(raw);
  return paragraphs;
}

}  // namespace ogi

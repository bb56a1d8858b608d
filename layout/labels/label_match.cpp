#include "layout/labels/label_match.h"

#include <algorithm>
#include <limits>
#include <mutex>
#include <unordered_map>

#include "layout/labels/glyph_confusion.h"
#include "model/utf8.h"
#include "normalize/text_normalize.h"

namespace ogi {
namespace {

constexpr std::u32string_view kChineseNumerals = U"一二三四五六七八九十";
constexpr size_t kMaxEditLength = 80;
constexpr double kConfusedGlyphScore = 0.95;
constexpr double kBarePunctuationScore = 0.93;
// misread_label_match: labels this long (glyphs) at least, no more than this share misread.
constexpr size_t kMinMisreadLength = 6;
constexpr double kMaxMisreadDistance = 0.3;
constexpr size_t kMaxTurnedLength = 24;

bool is_ideograph(char32_t c) { return c >= 0x4E00 && c <= 0x9FFF; }

bool is_numeral(char32_t c) {
  return kChineseNumerals.find(c) != std::u32string_view::npos || (c >= U'0' && c <= U'9');
}

// Length of the enumeration marker at `pos`, 0 if none starts there.
size_t marker_length(const std::u32string& text, size_t pos) {
  if (pos >= text.size()) return 0;
  if (text[pos] == U'(') {
    size_t end = pos + 1;
    while (end < text.size() && is_numeral(text[end])) ++end;
    if (end > pos + 1 && end < text.size() && text[end] == U')') return end + 1 - pos;
    return 0;
  }
  size_t end = pos;
  const bool chinese = kChineseNumerals.find(text[pos]) != std::u32string_view::npos;
  while (end < text.size() && is_numeral(text[end])) ++end;
  if (end == pos || end >= text.size()) return 0;
  const char32_t separator = text[end];
  const bool digit_separator = separator == U'.' || separator == U'、' || separator == U',';
  if (chinese && separator == U'、') return end + 1 - pos;
  // "1." must not eat a decimal such as "1.5".
  if (!chinese && digit_separator &&
      !(end + 1 < text.size() && text[end + 1] >= U'0' && text[end + 1] <= U'9')) {
    return end + 1 - pos;
  }
  return 0;
}

// The edit distance of `a` and `b`, or `limit` + 1 once every way to it needs more edits than
// `limit` (label matching asks only whether a label is within a few edits, for every label of the
// template: most are far, and known to be after a row or two).
size_t levenshtein(const std::u32string& a, const std::u32string& b,
                   size_t limit = std::numeric_limits<size_t>::max() - 1) {
  thread_local std::vector<size_t> previous;
  thread_local std::vector<size_t> current;
  previous.resize(b.size() + 1);
  current.resize(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    size_t row_min = current[0];
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
      row_min = std::min(row_min, current[j]);
    }
    std::swap(previous, current);
    if (row_min > limit) return limit + 1;
  }
  return std::min(previous[b.size()], limit + 1);
}

bool is_subsequence(const std::u32string& shorter, const std::u32string& longer) {
  size_t matched = 0;
  for (char32_t c : longer) {
    if (matched < shorter.size() && shorter[matched] == c) ++matched;
  }
  return matched == shorter.size();
}

// Text that starts with a label is that label only when what follows explains it ("部分公开(区分
// 处理的…)") or is short; "其他法律行政止公开" is not the label "其他".
bool explains_label(const std::u32string& text, size_t label_length) {
  const size_t rest = text.size() - label_length;
  const char32_t next = text[label_length];
  return next == U'(' || next == U':' || rest <= 2 || label_length * 2 >= text.size();
}

std::u32string without_trailing_stops(std::u32string text) {
  while (!text.empty() &&
         std::u32string_view(U".,;:、。，；：·").find(text.back()) != std::u32string_view::npos) {
    text.pop_back();
  }
  return text;
}

std::u32string without_punctuation(const std::u32string& text) {
  constexpr std::u32string_view kPunctuation = U"\"'.,;:、。，；：·“”‘’「」";
  std::u32string out;
  for (char32_t c : text) {
    if (kPunctuation.find(c) == std::u32string_view::npos) out.push_back(c);
  }
  return out;
}

// A text as label matching compares it: its glyphs, with those OCR confuses made one, and the same
// without punctuation.
struct GlyphForms {
  std::u32string glyphs;
  std::u32string bare;
};

// A stop a label never ends with ("…查询事项.") is a speck or a misplaced item dot: printed text
// is compared without it.
GlyphForms text_forms(std::string_view utf8) {
  GlyphForms forms{canonical_glyphs(without_trailing_stops(utf8_to_u32(utf8))), {}};
  forms.bare = without_punctuation(forms.glyphs);
  return forms;
}

GlyphForms label_forms(std::string_view utf8) {
  GlyphForms forms{canonical_glyphs(utf8_to_u32(utf8)), {}};
  forms.bare = without_punctuation(forms.glyphs);
  return forms;
}

// A schema label as every match compares it, prepared once: compact, enumeration stripped; its
// glyph forms; its bare form for misreadings.
struct PreparedLabel {
  std::string compact;
  GlyphForms forms;
  std::u32string misread_form;
};

std::u32string bare_form(std::string_view compact);

const PreparedLabel& prepared_label(const std::string& label) {
  static std::mutex mutex;
  static std::unordered_map<std::string, PreparedLabel> cache;
  std::lock_guard<std::mutex> lock(mutex);
  auto found = cache.find(label);
  if (found == cache.end()) {
    std::string compact = strip_enumeration(compact_label(label));
    GlyphForms forms = label_forms(compact);
    std::u32string misread_form = bare_form(compact);
    found = cache
                .emplace(label, PreparedLabel{std::move(compact), std::move(forms),
                                              std::move(misread_form)})
                .first;
  }
  return found->second;
}

double glyph_similarity(const std::u32string& text, const std::u32string& label);

double similarity(std::string_view text_utf8, const GlyphForms& text, std::string_view label_utf8,
                  const GlyphForms& label) {
  if (text_utf8.empty() || label_utf8.empty()) return 0;
  if (text_utf8 == label_utf8) return 1.0;
  // Glyphs OCR swaps (子 for 予) are compared as one; such a match ranks just below an exact one.
  if (text.glyphs == label.glyphs) return kConfusedGlyphScore;
  // Quotes and stops are what a scan loses or invents most (a speck read as ":", a faint "”"
  // dropped), and no two labels differ in them alone: compared without them too.
  if (text.bare == label.bare) return kBarePunctuationScore;
  return std::max(glyph_similarity(text.glyphs, label.glyphs),
                  glyph_similarity(text.bare, label.bare));
}

}  // namespace

std::string strip_enumeration(std::string_view compact) {
  std::u32string text = utf8_to_u32(compact);
  size_t start = 0;
  while (size_t length = marker_length(text, start)) start += length;
  // One or two digits right before an ideograph are an item number whose "." OCR dropped or
  // moved ("3.其他" read as "3其他."); no template label starts with a digit.
  size_t digits = start;
  while (digits < text.size() && digits - start < 3 && text[digits] >= U'0' &&
         text[digits] <= U'9') {
    ++digits;
  }
  if (digits > start && digits - start <= 2 && digits < text.size() && is_ideograph(text[digits])) {
    start = digits;
  }
  return u32_to_utf8(std::u32string_view(text).substr(start));
}

std::vector<std::string> split_enumerated_parts(std::string_view compact) {
  const std::u32string text = utf8_to_u32(compact);
  std::vector<std::string> parts;
  size_t part_start = 0;
  for (size_t pos = 1; pos < text.size(); ++pos) {
    // A marker inside text only counts after a CJK character: "第二十条第(一)项" stays whole.
    const char32_t before = text[pos - 1];
    if (before == U'第' || before < 0x2E80) continue;
    if (marker_length(text, pos) == 0) continue;
    parts.push_back(strip_enumeration(u32_to_utf8(text.substr(part_start, pos - part_start))));
    part_start = pos;
  }
  parts.push_back(strip_enumeration(u32_to_utf8(text.substr(part_start))));
  std::erase_if(parts, [](const std::string& part) { return part.empty(); });
  return parts;
}

double label_similarity(std::string_view text, std::string_view label) {
  return similarity(text, text_forms(text), label, label_forms(label));
}

namespace {

double glyph_similarity(const std::u32string& text, const std::u32string& label) {
  const double text_size = static_cast<double>(text.size());
  const double label_size = static_cast<double>(label.size());
  double score = 0;
  if (label.size() >= 2 && text.starts_with(label) && explains_label(text, label.size())) {
    score = 0.85 + 0.1 * label_size / text_size;
  } else if (text.size() >= 4 && label.starts_with(text)) {
    score = 0.1 + 0.8 * text_size / label_size;
  }
  const double longest = std::max(text_size, label_size);
  const size_t length_gap = static_cast<size_t>(longest - std::min(text_size, label_size));
  const bool may_match = length_gap <= 1 || 1.0 - static_cast<double>(length_gap) / longest >= 0.85;
  if (text.size() <= kMaxEditLength && label.size() >= 3 && may_match) {
    // Only up to 15 % of the longer in edits (or one) can score; a bound one above keeps the
    // comparisons below exact.
    const size_t edits = levenshtein(text, label, static_cast<size_t>(0.15 * longest) + 1);
    const double similarity = 1.0 - static_cast<double>(edits) / longest;
    // One wrong glyph in a short label (行政处避 for 行政处罚) is a misprint or misreading, not
    // another label: no two labels of one template frame differ in a single glyph.
    const bool one_glyph_off = edits == 1 && longest >= 4;
    if (similarity >= 0.85 || one_glyph_off) score = std::max(score, similarity * 0.9);
  }
  // Characters dropped from a label ("其他法律行政止公开") keep its order: a milder typo than a
  // different word in the same frame ("本年新收…" vs "上年结转…").
  const std::u32string& shorter = text.size() < label.size() ? text : label;
  const std::u32string& longer = text.size() < label.size() ? label : text;
  const double ratio = static_cast<double>(shorter.size()) / static_cast<double>(longer.size());
  if (shorter.size() >= 4 && ratio >= 0.6 && is_subsequence(shorter, longer)) {
    score = std::max(score, 0.6 + 0.3 * ratio);
  }
  return score;
}

}  // namespace

namespace {

// A label's glyphs without what a scan garbles most: punctuation, digits (an item's "3." read
// into the middle of its wrapped label), and strokes in front (the remnant of a lost "一、" or of
// a cell's left rule read as "一" or "-").
std::u32string bare_form(std::string_view compact) {
  std::u32string text = without_punctuation(canonical_glyphs(utf8_to_u32(compact)));
  std::erase_if(text, [](char32_t c) { return c >= U'0' && c <= U'9'; });
  const size_t start = text.find_first_not_of(U"一-—_~");
  return start == std::u32string::npos ? std::u32string() : text.substr(start);
}

// The edit distance of `text` from `label`, with the lines of a label read in the wrong order
// forgiven: a wrapped label's last line read first ("定”3.危及“三安全一稳") is `text` turned
// round. Turns are tried for labels up to kMaxTurnedLength glyphs (each costs a full distance).
size_t misread_distance(const std::u32string& text, const std::u32string& label) {
  size_t best = levenshtein(text, label);
  if (text.size() > kMaxTurnedLength) return best;
  for (size_t turn = 1; turn < text.size() && best > 0; ++turn) {
    const std::u32string turned = text.substr(turn) + text.substr(0, turn);
    best = std::min(best, levenshtein(turned, label));
  }
  return best;
}

// A long label misread in several glyphs (本年曾收政府们息公开申请数量) is no other label when it
// is at most half as far from one candidate as from any other: labels of one frame differ in a
// fifth of their glyphs or more (本年新收… / 上年结转…), a misreading nearer the one printed.
LabelMatch misread_label_match(std::string_view text, const std::vector<LabelledKey>& candidates) {
  const std::u32string bare = bare_form(text);
  if (bare.size() < kMinMisreadLength || bare.size() > kMaxEditLength) return {};
  double best = 1;  // distances, as a share of the longer of the two
  double second = 1;
  int best_index = -1;
  for (size_t i = 0; i < candidates.size(); ++i) {
    double nearest = 1;
    for (const std::string& label : candidates[i].labels) {
      const std::u32string& bare_label = prepared_label(label).misread_form;
      const double longest = static_cast<double>(std::max(bare.size(), bare_label.size()));
      if (bare_label.size() < kMinMisreadLength || longest > kMaxEditLength) continue;
      const double length_gap =
          longest - static_cast<double>(std::min(bare.size(), bare_label.size()));
      if (length_gap / longest >= nearest) continue;  // edits are at least the lengths' gap
      nearest =
          std::min(nearest, static_cast<double>(misread_distance(bare, bare_label)) / longest);
    }
    if (nearest < best) {
      second = best;
      best = nearest;
      best_index = static_cast<int>(i);
    } else {
      second = std::min(second, nearest);
    }
  }
  if (best > kMaxMisreadDistance || 2 * best > second) return {};
  return {best_index, kMinLabelScore};
}

}  // namespace

LabelMatch best_label_match(std::string_view text, const std::vector<LabelledKey>& candidates,
                            double min_score) {
  LabelMatch best;
  const GlyphForms forms = text_forms(text);
  for (size_t i = 0; i < candidates.size(); ++i) {
    for (const std::string& label : candidates[i].labels) {
      const PreparedLabel& prepared = prepared_label(label);
      const double score = similarity(text, forms, prepared.compact, prepared.forms);
      if (score > best.score) best = {static_cast<int>(i), score};
    }
  }
  if (best.score >= min_score) return best;
  // Only where a plain match is asked for: a caller demanding a close match (a 第二十条 caption,
  // headers run together) wants no guess.
  if (min_score == kMinLabelScore) return misread_label_match(text, candidates);
  return {};
}

}  // namespace ogi

#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ogi {

// A sentence of section text, cut into clauses at commas, colons and brackets so that a number
// stays with the words it counts ("上年结转8件" apart from "已办结616件").
struct NarrativeSentence {
  std::u32string text;
  std::vector<std::u32string> clauses;
  // This sentence and up to two before it in the same paragraph: "已全部按期办结。" only says
  // what was completed through the sentence before it.
  std::u32string context;
};

// Folds full-width forms, drops whitespace (hard wraps split words in text dumps) except between
// two digits, and splits into sentences. A line break ends a paragraph only after sentence
// punctuation; other line breaks, blank lines included, are wraps of PDF and OCR text dumps.
std::vector<NarrativeSentence> split_sentences(std::string_view text);

// "12件", "两项", "十二件": a count followed directly by a counting unit. Years ("2024年"),
// approximations ("670余条"), ordinals ("第一项") and decimals are not counts.
struct CountMention {
  long long value = 0;
  size_t begin = 0;  // position in the clause
  size_t end = 0;    // one past the unit
};
std::vector<CountMention> find_counts(std::u32string_view clause);

// 零 to 九千九百九十九 (两 = 2, 〇 = 零); nullopt for anything else.
std::optional<long long> parse_chinese_number(std::u32string_view text);

}  // namespace ogi

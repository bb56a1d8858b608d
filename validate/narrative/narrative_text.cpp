#include "validate/narrative/narrative_text.h"

#include "validate/narrative/word_search.h"

namespace ogi {

namespace {

constexpr std::u32string_view kChineseDigits = U"零〇一二两三四五六七八九";
constexpr std::u32string_view kChineseMultipliers = U"十百千";
// Units a count of requests or cases is given in. Chinese numerals take only the unambiguous
// ones: "一起" (together) and "一份" are ordinary words.
constexpr std::u32string_view kDigitUnits = U"件项宗起例份";
constexpr std::u32string_view kChineseUnits = U"件项宗";
constexpr std::u32string_view kNotCountPrefix = U"第每这那单同其逐唯";

bool is_space(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\r' || c == U'\n' || c == 0xA0 || c == 0x3000;
}
bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool is_sentence_end(char32_t c) { return c == U'。' || c == U'!' || c == U'?' || c == U';'; }
bool is_clause_break(char32_t c) { return c == U',' || c == U':' || c == U'(' || c == U')'; }
bool is_chinese_numeral(char32_t c) {
  return kChineseDigits.find(c) != std::u32string_view::npos ||
         kChineseMultipliers.find(c) != std::u32string_view::npos;
}

char32_t fold(char32_t c) {
  if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFEE0;  // full-width ASCII, as NFKC does
  if (c == 0x3000) return U' ';
  return c;
}

// Text with full-width forms folded and paragraphs separated by '\n'.
std::vector<std::u32string> paragraphs_of(std::string_view text) {
  std::u32string folded = utf8_to_u32(text);
  for (char32_t& c : folded) c = fold(c);
  std::vector<std::u32string> paragraphs(1);
  for (size_t i = 0; i < folded.size(); ++i) {
    char32_t c = folded[i];
    std::u32string& current = paragraphs.back();
    if (is_space(c)) {
      size_t next = i;
      bool line_break = false;
      for (; next < folded.size() && is_space(folded[next]); ++next) {
        line_break = line_break || folded[next] == U'\n';
      }
      i = next - 1;
      if (current.empty()) continue;
      if (line_break && is_sentence_end(current.back())) {
        paragraphs.emplace_back();
      } else if (is_digit(current.back()) && next < folded.size() && is_digit(folded[next])) {
        current += U' ';
      }
      continue;
    }
    // "1,234件": a thousands separator, not a clause break.
    if (c == U',' && !current.empty() && is_digit(current.back()) && i + 3 < folded.size() &&
        is_digit(folded[i + 1]) && is_digit(folded[i + 2]) && is_digit(folded[i + 3]) &&
        (i + 4 >= folded.size() || !is_digit(folded[i + 4]))) {
      continue;
    }
    current += c;
  }
  if (paragraphs.back().empty()) paragraphs.pop_back();
  return paragraphs;
}

std::vector<std::u32string> split_clauses(const std::u32string& sentence) {
  std::vector<std::u32string> clauses(1);
  for (char32_t c : sentence) {
    if (is_clause_break(c)) {
      if (!clauses.back().empty()) clauses.emplace_back();
      continue;
    }
    clauses.back() += c;
  }
  if (clauses.back().empty()) clauses.pop_back();
  return clauses;
}

std::vector<std::u32string> split_on_ends(const std::u32string& paragraph) {
  std::vector<std::u32string> sentences(1);
  for (char32_t c : paragraph) {
    sentences.back() += c;
    if (is_sentence_end(c)) sentences.emplace_back();
  }
  if (sentences.back().empty()) sentences.pop_back();
  return sentences;
}

int chinese_digit(char32_t c) {
  switch (c) {
    case U'零':
    case U'〇':
      return 0;
    case U'一':
      return 1;
    case U'二':
    case U'两':
      return 2;
    case U'三':
      return 3;
    case U'四':
      return 4;
    case U'五':
      return 5;
    case U'六':
      return 6;
    case U'七':
      return 7;
    case U'八':
      return 8;
    case U'九':
      return 9;
    default:
      return -1;
  }
}

int chinese_multiplier(char32_t c) {
  if (c == U'十') return 10;
  if (c == U'百') return 100;
  if (c == U'千') return 1000;
  return 0;
}

// The run of count characters starting at `begin`, and whether it is made of ASCII digits.
size_t run_end(std::u32string_view clause, size_t begin, bool digits) {
  size_t end = begin;
  while (end < clause.size() &&
         (digits ? is_digit(clause[end]) : is_chinese_numeral(clause[end]))) {
    ++end;
  }
  return end;
}

}  // namespace

std::vector<NarrativeSentence> split_sentences(std::string_view text) {
  std::vector<NarrativeSentence> sentences;
  for (const std::u32string& paragraph : paragraphs_of(text)) {
    std::vector<std::u32string> texts = split_on_ends(paragraph);
    for (size_t i = 0; i < texts.size(); ++i) {
      NarrativeSentence sentence;
      sentence.text = texts[i];
      sentence.clauses = split_clauses(texts[i]);
      for (size_t k = i >= 2 ? i - 2 : 0; k <= i; ++k) sentence.context += texts[k];
      sentences.push_back(std::move(sentence));
    }
  }
  return sentences;
}

std::optional<long long> parse_chinese_number(std::u32string_view text) {
  if (text.empty()) return std::nullopt;
  long long total = 0;
  long long current = 0;
  int last_multiplier = 10000;
  for (char32_t c : text) {
    int digit = chinese_digit(c);
    int multiplier = chinese_multiplier(c);
    if (digit >= 0) {
      current = digit;
    } else if (multiplier > 0 && multiplier < last_multiplier) {
      total += (current == 0 ? 1 : current) * multiplier;
      current = 0;
      last_multiplier = multiplier;
    } else {
      return std::nullopt;
    }
  }
  return total + current;
}

std::vector<CountMention> find_counts(std::u32string_view clause) {
  std::vector<CountMention> counts;
  size_t i = 0;
  while (i < clause.size()) {
    bool digits = is_digit(clause[i]);
    if (!digits && !is_chinese_numeral(clause[i])) {
      ++i;
      continue;
    }
    size_t end = run_end(clause, i, digits);
    std::u32string_view units = digits ? kDigitUnits : kChineseUnits;
    bool has_unit = end < clause.size() && units.find(clause[end]) != std::u32string_view::npos;
    bool prefixed = i > 0 && (kNotCountPrefix.find(clause[i - 1]) != std::u32string_view::npos ||
                              clause[i - 1] == U'.');
    if (has_unit && !prefixed) {
      std::optional<long long> value;
      if (digits && end - i <= 12) {
        value = std::stoll(u32_to_utf8(clause.substr(i, end - i)));
      } else if (!digits) {
        value = parse_chinese_number(clause.substr(i, end - i));
      }
      if (value) counts.push_back({*value, i, end + 1});
    }
    i = end;
  }
  return counts;
}

}  // namespace ogi

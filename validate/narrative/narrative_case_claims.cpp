#include "validate/narrative/narrative_claim.h"

namespace ogi {

namespace {

constexpr size_t npos = std::u32string_view::npos;

// Clauses about the outcome of cases, or about the agency acting as the review organ or the
// court (a 司法局 "办理行政复议案件"), do not state the totals of 表四.
const WordList& excluded_words() {
  static const WordList words = {U"未经复议", U"受理",     U"办理", U"审理", U"审结",
                                 U"纠正",     U"纠错",     U"撤销", U"维持", U"败诉",
                                 U"胜诉",     U"确认违法", U"结果", U"代理"};
  return words;
}

bool mentions_review(std::u32string_view text) { return contains(text, U"复议"); }
bool mentions_litigation(std::u32string_view text) {
  return contains_any(text, {U"诉讼", U"起诉"});
}

bool about_disclosure(const NarrativeSentence& sentence) {
  return contains_any(sentence.context, {U"信息公开", U"申请"});
}

// "未发生因政府信息公开引起的行政复议、行政诉讼": zero of each named kind.
std::vector<NarrativeClaim> negated_cases(std::u32string_view clause) {
  size_t first = find_first_word(clause, {U"行政复议", U"行政诉讼"});
  if (first == npos || !find_counts(clause).empty()) return {};
  if (!contains_any(clause.substr(0, first), {U"未", U"没有", U"无"})) return {};
  std::vector<NarrativeClaim> claims;
  if (contains(clause, U"行政复议")) {
    claims.push_back(make_claim(ClaimTopic::kReview, 0, true, clause));
  }
  if (contains(clause, U"行政诉讼")) {
    claims.push_back(make_claim(ClaimTopic::kLitigation, 0, true, clause));
  }
  return claims;
}

std::vector<std::u32string_view> split_enumeration(std::u32string_view clause) {
  std::vector<std::u32string_view> pieces;
  size_t start = 0;
  for (size_t at = clause.find(U'、'); at != npos; at = clause.find(U'、', start)) {
    pieces.push_back(clause.substr(start, at - start));
    start = at + 1;
  }
  pieces.push_back(clause.substr(start));
  return pieces;
}

// "行政复议1件、行政诉讼2件" or "有1件当事人提起行政复议": one kind and one count per piece.
// A clause naming both kinds counts only when every piece naming one has its own count, so
// "提起行政复议、行政诉讼共2件" (a joint total) states neither.
std::vector<NarrativeClaim> counted_cases(std::u32string_view clause) {
  std::vector<NarrativeClaim> claims;
  for (std::u32string_view piece : split_enumeration(clause)) {
    bool review = mentions_review(piece);
    bool litigation = mentions_litigation(piece);
    if (!review && !litigation) continue;
    std::vector<CountMention> counts = find_counts(piece);
    if ((review && litigation) || counts.size() != 1) return {};
    ClaimTopic topic = review ? ClaimTopic::kReview : ClaimTopic::kLitigation;
    claims.push_back(make_claim(topic, counts.front().value, false, clause));
  }
  return claims;
}

}  // namespace

std::vector<NarrativeClaim> case_claims(const NarrativeSentence& sentence,
                                        std::u32string_view clause) {
  if (!mentions_review(clause) && !mentions_litigation(clause)) return {};
  if (!about_disclosure(sentence) || contains_any(clause, excluded_words()) ||
      contains_any(clause, off_topic_words())) {
    return {};
  }
  std::vector<NarrativeClaim> claims = negated_cases(clause);
  if (!claims.empty()) return claims;
  return counted_cases(clause);
}

}  // namespace ogi

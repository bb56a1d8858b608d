#include "validate/narrative/narrative_claim.h"

namespace ogi {

namespace {

constexpr size_t npos = std::u32string_view::npos;

const WordList& completion_words() {
  static const WordList words = {U"办结", U"办理完毕", U"办理完成", U"处理完毕"};
  return words;
}

struct ClauseView {
  std::u32string_view clause;
  const NarrativeSentence& sentence;
};

bool about_requests(const NarrativeSentence& sentence) {
  return contains(sentence.context, U"申请");
}

std::optional<long long> first_count_after(std::u32string_view clause, size_t at) {
  for (const CountMention& count : find_counts(clause)) {
    if (count.begin >= at) return count.value;
  }
  return std::nullopt;
}

// The count of a clause that holds exactly one distinct count.
std::optional<long long> only_count(std::u32string_view clause) {
  std::optional<long long> value;
  for (const CountMention& count : find_counts(clause)) {
    if (value && *value != count.value) return std::nullopt;
    value = count.value;
  }
  return value;
}

std::optional<NarrativeClaim> received(const ClauseView& view) {
  static const WordList verbs = {U"新收", U"收到", U"受理", U"接收", U"接到"};
  static const WordList excluded = {
      U"结转", U"复议",     U"诉讼",     U"自然人", U"法人",     U"其中",     U"主动公开", U"答复",
      U"办结", U"办理完毕", U"予以公开", U"不予",   U"部分公开", U"无法提供", U"转办",     U"转交"};
  std::u32string_view clause = view.clause;
  size_t length = 0;
  size_t at = find_first_word(clause, verbs, &length);
  if (at == npos || !contains(clause, U"申请")) return std::nullopt;
  if (contains_any(clause, excluded) || contains_any(clause, off_topic_words()))
    return std::nullopt;
  std::vector<CountMention> counts = find_counts(clause);
  // "网上收到申请12件、信函申请3件" splits the total by channel: no single count to check.
  if (counts.size() > 1) return std::nullopt;
  if (counts.size() == 1 && counts.front().begin > at) {
    return make_claim(ClaimTopic::kReceived, counts.front().value, false, view.clause);
  }
  bool receiving_verb =
      clause.substr(at, length) != U"受理" && clause.substr(at, length) != U"新收";
  if (receiving_verb && negated_at(clause, at)) {
    return make_claim(ClaimTopic::kReceived, 0, true, view.clause);
  }
  return std::nullopt;
}

std::optional<NarrativeClaim> carried_over(const ClauseView& view) {
  static const WordList keywords = {U"上年结转", U"上年度结转", U"上一年度结转", U"上一年结转"};
  std::u32string_view clause = view.clause;
  size_t length = 0;
  size_t at = find_first_word(clause, keywords, &length);
  if (at == npos || !about_requests(view.sentence)) return std::nullopt;
  if (contains_any(clause, {U"复议", U"诉讼"}) || contains_any(clause, off_topic_words())) {
    return std::nullopt;
  }
  if (std::optional<long long> count = first_count_after(clause, at + length)) {
    return make_claim(ClaimTopic::kCarriedOver, count, false, view.clause);
  }
  if (negated_at(clause, at)) return make_claim(ClaimTopic::kCarriedOver, 0, true, view.clause);
  return std::nullopt;
}

// Position of a "carried into next year" phrase: 结转下年度, 结转至下一年, 结转2026年.
size_t forward_keyword(std::u32string_view clause, size_t* length) {
  static const WordList keywords = {U"结转下年",   U"结转下一年", U"结转至下一年", U"结转到下一年",
                                    U"结转至下年", U"结转到下年", U"转入下一年",   U"转入下年"};
  size_t at = find_first_word(clause, keywords, length);
  if (at != npos) return at;
  for (size_t from = clause.find(U"结转"); from != npos; from = clause.find(U"结转", from + 1)) {
    size_t year = from + 2;
    if (year < clause.size() && (clause[year] == U'至' || clause[year] == U'到')) ++year;
    std::u32string_view rest = clause.substr(year);
    bool is_year = rest.size() >= 5 && rest[4] == U'年' && rest[0] == U'2' && rest[1] == U'0' &&
                   rest[2] >= U'0' && rest[2] <= U'9' && rest[3] >= U'0' && rest[3] <= U'9';
    if (is_year) {
      *length = year + 5 - from;
      return from;
    }
  }
  return npos;
}

std::optional<NarrativeClaim> carried_forward(const ClauseView& view) {
  std::u32string_view clause = view.clause;
  size_t length = 0;
  size_t at = forward_keyword(clause, &length);
  if (at == npos || !about_requests(view.sentence)) return std::nullopt;
  if (contains_any(clause, {U"上年结转", U"上年度结转", U"上一年", U"复议", U"诉讼"}) ||
      contains_any(clause, off_topic_words())) {
    return std::nullopt;
  }
  std::optional<long long> count = first_count_after(clause, at + length);
  if (!count) count = only_count(clause.substr(0, at));
  if (count) return make_claim(ClaimTopic::kCarriedForward, count, false, view.clause);
  if (negated_at(clause, at)) {
    return make_claim(ClaimTopic::kCarriedForward, 0, true, view.clause);
  }
  return std::nullopt;
}

bool completion_about_requests(const ClauseView& view) {
  static const WordList excluded = {U"结转", U"复议", U"诉讼", U"办结率", U"时限", U"工作日"};
  if (!contains_any(view.clause, completion_words())) return false;
  if (contains_any(view.clause, excluded)) return false;
  return about_requests(view.sentence) && !contains_any(view.sentence.text, off_topic_words());
}

std::optional<NarrativeClaim> completed(const ClauseView& view) {
  if (!completion_about_requests(view)) return std::nullopt;
  std::optional<long long> count = only_count(view.clause);
  if (!count) return std::nullopt;
  return make_claim(ClaimTopic::kCompleted, count, false, view.clause);
}

std::optional<NarrativeClaim> all_completed(const ClauseView& view) {
  static const WordList quantifiers = {U"均", U"全部", U"所有", U"全数", U"悉数"};
  static const WordList negations = {U"未", U"没有", U"尚", U"不"};
  if (!completion_about_requests(view) || !find_counts(view.clause).empty()) return std::nullopt;
  size_t done = find_first_word(view.clause, completion_words());
  std::u32string_view before = view.clause.substr(0, done);
  if (!contains_any(before, quantifiers) || contains_any(before, negations)) return std::nullopt;
  return make_claim(ClaimTopic::kAllCompleted, std::nullopt, false, view.clause);
}

}  // namespace

std::vector<NarrativeClaim> request_claims(const NarrativeSentence& sentence,
                                           std::u32string_view clause) {
  using Finder = std::optional<NarrativeClaim> (*)(const ClauseView&);
  static const Finder finders[] = {received, carried_over, carried_forward, completed,
                                   all_completed};
  std::vector<NarrativeClaim> claims;
  ClauseView view{clause, sentence};
  for (Finder finder : finders) {
    if (std::optional<NarrativeClaim> claim = finder(view)) claims.push_back(std::move(*claim));
  }
  return claims;
}

}  // namespace ogi

#include "validate/narrative/narrative_numbers.h"

#include "validate/narrative/narrative_claim.h"

namespace ogi {

namespace {

constexpr size_t kMaxQuote = 80;

bool same_claim(const NarrativeClaim& a, const NarrativeClaim& b) {
  return a.topic == b.topic && a.count == b.count && a.negated == b.negated;
}

}  // namespace

NarrativeClaim make_claim(ClaimTopic topic, std::optional<long long> count, bool negated,
                          std::u32string_view quote) {
  while (!quote.empty() &&
         std::u32string_view(U"。!?;").find(quote.back()) != std::u32string_view::npos) {
    quote.remove_suffix(1);
  }
  std::string text = u32_to_utf8(quote.substr(0, kMaxQuote));
  if (quote.size() > kMaxQuote) text += "…";
  return {topic, count, negated, text};
}

const WordList& off_topic_words() {
  static const WordList words = {U"投诉", U"举报",     U"咨询", U"建议", U"提案",
                                 U"信访", U"12345",    U"热线", U"留言", U"许可",
                                 U"审批", U"政务服务", U"来信", U"来访", U"办件"};
  return words;
}

bool negated_at(std::u32string_view clause, size_t at) {
  if (at >= 1 && (clause[at - 1] == U'未' || clause[at - 1] == U'无')) return true;
  return at >= 2 && (clause.substr(at - 2, 2) == U"没有" || clause.substr(at - 2, 2) == U"尚未");
}

std::vector<NarrativeClaim> find_claims(std::string_view text) {
  std::vector<NarrativeClaim> claims;
  auto add = [&claims](std::vector<NarrativeClaim> found) {
    for (NarrativeClaim& claim : found) {
      bool repeated = false;
      for (const NarrativeClaim& seen : claims) repeated = repeated || same_claim(seen, claim);
      if (!repeated) claims.push_back(std::move(claim));
    }
  };
  for (const NarrativeSentence& sentence : split_sentences(text)) {
    for (const std::u32string& clause : sentence.clauses) {
      add(request_claims(sentence, clause));
      add(case_claims(sentence, clause));
    }
  }
  return claims;
}

}  // namespace ogi

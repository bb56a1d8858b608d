#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "validate/narrative/narrative_numbers.h"
#include "validate/narrative/narrative_text.h"
#include "validate/narrative/word_search.h"

namespace ogi {

// Shared by the claim finders of narrative_numbers.cpp; not part of the validator's interface.

// `quote` is the clause that states the claim: short enough to find in the report, and free of
// the headings that run into the first sentence of a paragraph.
NarrativeClaim make_claim(ClaimTopic topic, std::optional<long long> count, bool negated,
                          std::u32string_view quote);

// Words of other channels and duties (投诉, 建议提案, 12345, 行政许可 …) whose numbers share
// the verbs of request statistics.
const WordList& off_topic_words();

// "未收到", "没有收到", "无上年结转": a negation right before position `at`.
bool negated_at(std::u32string_view clause, size_t at);

// Claims about 表三 (received, carried over and forward, completed) in one clause.
std::vector<NarrativeClaim> request_claims(const NarrativeSentence& sentence,
                                           std::u32string_view clause);
// Claims about 表四 (行政复议, 行政诉讼) in one clause.
std::vector<NarrativeClaim> case_claims(const NarrativeSentence& sentence,
                                        std::u32string_view clause);

}  // namespace ogi

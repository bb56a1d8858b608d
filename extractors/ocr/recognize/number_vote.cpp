#include "extractors/ocr/recognize/number_vote.h"

#include <algorithm>

namespace ogi {
namespace {

char as_digit(char c) {
  switch (c) {
    case 'O':
    case 'o':
    case 'Q':
    case 'D':
      return '0';
    case 'l':
    case 'I':
    case 'i':
    case '|':
    case ']':
    case '[':
    case '!':
      return '1';
    default:
      return c;
  }
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// [+-]? (0 | [1-9][0-9,]*) (.[0-9]+)?
bool well_formed(const std::string& text) {
  size_t at = 0;
  if (at < text.size() && (text[at] == '-' || text[at] == '+')) ++at;
  if (at >= text.size() || !is_digit(text[at])) return false;
  if (text[at] == '0') {
    ++at;
  } else {
    while (at < text.size() && (is_digit(text[at]) || text[at] == ',')) ++at;
  }
  if (at < text.size() && text[at] == '.') {
    ++at;
    if (at >= text.size()) return false;
    while (at < text.size() && is_digit(text[at])) ++at;
  }
  return at == text.size();
}

}  // namespace

std::optional<std::string> as_number(std::string_view text, bool lenient) {
  std::string compact;
  for (char c : text) {
    if (c == ' ') continue;
    compact.push_back(lenient ? as_digit(c) : c);
  }
  if (!well_formed(compact)) return std::nullopt;
  return compact;
}

void NumberVote::add(std::string_view text, double confidence) {
  const std::optional<std::string> number = as_number(text, true);
  if (!number) return;
  auto found = std::find_if(tallies_.begin(), tallies_.end(),
                            [&](const NumberReading& tally) { return tally.number == *number; });
  if (found == tallies_.end()) {
    tallies_.push_back({*number, 0, 0});
    found = tallies_.end() - 1;
  }
  ++found->votes;
  found->confidence = std::max(found->confidence, confidence);
}

const NumberReading& NumberVote::top() const {
  return *std::max_element(
      tallies_.begin(), tallies_.end(),
      [](const NumberReading& a, const NumberReading& b) { return a.votes < b.votes; });
}

bool NumberVote::settled() const { return !tallies_.empty() && top().votes >= 2; }

const std::string& NumberVote::winner() const { return top().number; }

int NumberVote::winner_votes() const { return tallies_.empty() ? 0 : top().votes; }

double NumberVote::confidence() const {
  if (tallies_.size() != 1 || top().votes < 2) return kContested;
  return top().confidence;
}

std::vector<NumberReading> NumberVote::readings() const {
  std::vector<NumberReading> out = tallies_;
  std::stable_sort(out.begin(), out.end(), [](const NumberReading& a, const NumberReading& b) {
    return a.votes > b.votes;
  });
  return out;
}

}  // namespace ogi

#include "layout/labels/label_scan.h"

#include "model/utf8.h"
#include "normalize/text_normalize.h"

namespace ogi {

void LabelVocabulary::add(std::string_view label, int id) {
  std::u32string compact = utf8_to_u32(compact_label(label));
  if (!compact.empty()) labels_.emplace_back(std::move(compact), id);
}

std::optional<LabelVocabulary::Match> LabelVocabulary::match_at(const std::u32string& text,
                                                                size_t pos) const {
  std::optional<Match> best;
  for (const auto& [label, id] : labels_) {
    if (text.compare(pos, label.size(), label) != 0) continue;
    if (!best || label.size() > best->end - best->begin) best = Match{pos, pos + label.size(), id};
  }
  return best;
}

std::vector<LabelVocabulary::Match> LabelVocabulary::prefix_matches(const std::u32string& text,
                                                                    size_t pos) const {
  std::vector<Match> matches;
  while (pos < text.size()) {
    const std::optional<Match> match = match_at(text, pos);
    if (!match) break;
    matches.push_back(*match);
    pos = match->end;
  }
  return matches;
}

}  // namespace ogi

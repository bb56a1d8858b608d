#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ogi {

// Finds known labels inside run-together text, where a text dump lost the cell borders between
// header words ("信息内容本年制发件数本年废止件数"). Works on compact label text (compact_label) as
// code points.
class LabelVocabulary {
 public:
  struct Match {
    size_t begin = 0;  // code-point offsets into the scanned text
    size_t end = 0;
    int id = -1;
  };

  // `label` as printed; it is compacted here.
  void add(std::string_view label, int id);

  // The longest label that starts exactly at `pos`.
  std::optional<Match> match_at(const std::u32string& text, size_t pos) const;

  // Matches consumed from the start of `text` for as long as one label follows another.
  std::vector<Match> prefix_matches(const std::u32string& text, size_t pos = 0) const;

 private:
  std::vector<std::pair<std::u32string, int>> labels_;
};

}  // namespace ogi

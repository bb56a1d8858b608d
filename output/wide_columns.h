#pragma once

#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

namespace ogi {

// The key columns of a wide table (one row per report, one column per canonical key): every
// cell key some record of the corpus has — a corpus of 2021 reports has no 2019-only columns —
// in printed order: 表二, 表三, 表四, each with the newest template's keys first, and a table's
// extra keys (subtotals) after its official ones in the order first seen.
class WideColumns {
 public:
  void add(const nlohmann::ordered_json& record);
  std::vector<std::string> keys() const;

 private:
  std::set<std::string> seen_;
  std::vector<std::string> first_seen_;
};

// The Chinese header of a key's column: "表三 予以公开/自然人".
std::string wide_column_label(const std::string& key);

}  // namespace ogi

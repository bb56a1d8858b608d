#include "output/wide_columns.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "model/cell_key.h"
#include "template/display_labels.h"
#include "template/template_schema.h"

namespace ogi {
namespace {

using nlohmann::ordered_json;

int table_rank(const std::string& table) {
  if (table == "t2") return 0;
  if (table == "t3") return 1;
  if (table == "t4") return 2;
  return 3;
}

// Every registered template's official keys, numbered in printed order; a key two templates
// share keeps the newer one's place.
std::map<std::string, size_t> official_order() {
  std::map<std::string, size_t> order;
  for (const TemplateSchema* schema : templates()) {
    for (const CellKey& key : official_cell_keys(*schema)) order.emplace(key.text(), order.size());
  }
  return order;
}

}  // namespace

void WideColumns::add(const ordered_json& record) {
  for (const ordered_json& cell : record.value("cells", ordered_json::array())) {
    const std::string key =
        cell_key_text(cell.value("table", ""), cell.value("row", ""), cell.value("col", ""));
    if (seen_.insert(key).second) first_seen_.push_back(key);
  }
}

std::vector<std::string> WideColumns::keys() const {
  const std::map<std::string, size_t> official = official_order();
  // (table, official before extra, place): the place of an extra key is when it was first seen.
  using Place = std::tuple<int, bool, size_t>;
  std::vector<std::pair<Place, std::string>> placed;
  for (size_t i = 0; i < first_seen_.size(); ++i) {
    const std::string& key = first_seen_[i];
    const auto found = official.find(key);
    const bool extra = found == official.end();
    placed.push_back(
        {{table_rank(CellKey::parse(key).table), extra, extra ? i : found->second}, key});
  }
  std::sort(placed.begin(), placed.end());
  std::vector<std::string> keys;
  for (auto& [place, key] : placed) keys.push_back(std::move(key));
  return keys;
}

std::string wide_column_label(const std::string& key) {
  return table_label(CellKey::parse(key).table) + " " + cell_label(key);
}

}  // namespace ogi

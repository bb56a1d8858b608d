#include "template/agency/development_zone.h"

#include <algorithm>
#include <array>

#include "template/agency/division_table.h"

namespace ogi {
namespace {

// Longest first, so 经济技术开发区 is read whole rather than as its last three characters.
constexpr std::array<std::string_view, 14> kZoneWords = {"高新技术产业开发区",
                                                         "经济技术开发区",
                                                         "经济开发区",
                                                         "工业园区",
                                                         "产业园区",
                                                         "开发区",
                                                         "高新区",
                                                         "示范区",
                                                         "试验区",
                                                         "实验区",
                                                         "保税区",
                                                         "合作区",
                                                         "管理区",
                                                         "新区"};

// Words of a body's name: a zone word after one of them belongs to the body (…局新区分局).
constexpr std::array<std::string_view, 12> kBodyWords = {"局", "厅", "委", "办", "部",   "院",
                                                         "会", "司", "处", "所", "中心", "政府"};

constexpr size_t kLongestZonePrefix = 6 * 3;  // six CJK characters of UTF-8

std::optional<PrintedZone> listed_zone(std::string_view text) {
  const DivisionRow* best = nullptr;
  for (const DivisionRow& row : development_zone_rows()) {
    const std::string_view name = row.name;
    if (text.starts_with(name) && (!best || name.size() > std::string_view(best->name).size())) {
      best = &row;
    }
  }
  if (!best) return std::nullopt;
  return PrintedZone{best->name, best->code};
}

std::optional<PrintedZone> named_zone(std::string_view text) {
  for (const std::string_view word : kZoneWords) {
    const size_t at = text.find(word);
    if (at == std::string_view::npos || at > kLongestZonePrefix) continue;
    const std::string_view prefix = text.substr(0, at);
    const bool body_word = std::ranges::any_of(
        kBodyWords, [&](std::string_view body) { return prefix.find(body) != prefix.npos; });
    if (!body_word) return PrintedZone{std::string(text.substr(0, at + word.size())), 0};
  }
  return std::nullopt;
}

}  // namespace

std::optional<PrintedZone> zone_at_start(std::string_view text) {
  if (std::optional<PrintedZone> listed = listed_zone(text)) return listed;
  return named_zone(text);
}

}  // namespace ogi

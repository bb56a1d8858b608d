#include "template/agency/agency_identity.h"

#include <algorithm>
#include <unordered_map>

#include "template/agency/body_abbreviations.h"
#include "template/agency/development_zone.h"
#include "template/agency/division_renames.h"
#include "template/agency/division_table.h"

namespace ogi {
namespace {

// The longest division name, 克孜勒苏柯尔克孜自治州, is 11 characters: 33 bytes of UTF-8.
constexpr size_t kLongestName = 48;

struct NameEntry {
  int code;
  bool renamed;
};

struct DivisionIndex {
  std::unordered_map<int, const char*> names;                     // code → name
  std::unordered_map<std::string, std::vector<NameEntry>> codes;  // name → divisions
};

const DivisionIndex& division_index() {
  static const DivisionIndex index = [] {
    DivisionIndex built;
    for (const DivisionRow& row : division_rows()) {
      built.names.emplace(row.code, row.name);
      built.codes[row.name].push_back({row.code, false});
    }
    for (const DivisionRename& rename : division_renames()) {
      built.codes[rename.old_name].push_back({rename.code, true});
    }
    return built;
  }();
  return index;
}

DivisionLevel level_of(int code) {
  if (code % 10000 == 0) return DivisionLevel::kProvince;
  if (code % 100 == 0) return DivisionLevel::kCity;
  return DivisionLevel::kCounty;
}

std::string six_digits(int code) {
  std::string text = std::to_string(code);
  return std::string(6 - std::min<size_t>(6, text.size()), '0') + text;
}

// The division and those above it, from the province down. A county directly under its province
// (北京市朝阳区, 省直辖 counties) has no city in the table and gets none.
std::vector<Division> chain_of(int code) {
  const DivisionIndex& index = division_index();
  std::vector<Division> chain;
  for (const int ancestor : {code / 10000 * 10000, code / 100 * 100, code}) {
    if (!chain.empty() && six_digits(ancestor) == chain.back().code) continue;
    const auto found = index.names.find(ancestor);
    if (found == index.names.end()) continue;
    chain.push_back({six_digits(ancestor), found->second, level_of(ancestor)});
  }
  return chain;
}

bool inside(int code, int parent) {
  if (level_of(parent) == DivisionLevel::kProvince) return code / 10000 == parent / 10000;
  if (level_of(parent) == DivisionLevel::kCity) return code / 100 == parent / 100;
  return false;
}

}  // namespace

std::string compact_agency_name(std::string_view text) {
  std::string kept;
  for (size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = text[i];
    if (c == ' ' || (c >= '\t' && c <= '\r')) continue;
    if (text.substr(i, 2) == "\xC2\xA0") {
      i += 1;
      continue;
    }
    if (text.substr(i, 3) == "\xE3\x80\x80") {
      i += 2;
      continue;
    }
    kept += text[i];
  }
  return kept;
}

namespace {

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The longest division name at the start of `rest` with a division inside one of `parents`
// (any division when `parents` is empty); its length in bytes, 0 when none.
size_t longest_name(std::string_view rest, const std::vector<NameEntry>& parents,
                    std::vector<NameEntry>& found) {
  const DivisionIndex& index = division_index();
  for (size_t length = std::min(rest.size(), kLongestName); length >= 6; --length) {
    if (length < rest.size() && is_continuation(rest[length])) continue;
    const auto named = index.codes.find(std::string(rest.substr(0, length)));
    if (named == index.codes.end()) continue;
    found.clear();
    for (const NameEntry& entry : named->second) {
      const bool fits = parents.empty() || std::ranges::any_of(parents, [&](const NameEntry& p) {
                          return inside(entry.code, p.code);
                        });
      if (fits) found.push_back(entry);
    }
    if (!found.empty()) return length;
  }
  return 0;
}

bool ends_with(std::string_view text, std::string_view end) {
  return text.size() >= end.size() && text.substr(text.size() - end.size()) == end;
}

std::string expanded_body(std::string body) {
  const BodyAbbreviation* best = nullptr;
  for (const BodyAbbreviation& abbreviation : body_abbreviations()) {
    if (ends_with(body, abbreviation.full_name)) return body;
    if (!ends_with(body, abbreviation.short_name)) continue;
    if (!best || std::string_view(abbreviation.short_name).size() >
                     std::string_view(best->short_name).size()) {
      best = &abbreviation;
    }
  }
  if (!best) return body;
  return body.substr(0, body.size() - std::string_view(best->short_name).size()) + best->full_name;
}

bool is_national(std::string_view name) {
  for (const std::string_view start : {"国务院", "国家", "中华人民共和国"}) {
    if (name.starts_with(start)) return true;
  }
  return ends_with(name, "部") || ends_with(name, "总署");
}

// Whether the body starts with a division the table does not have ("示例市…" after 福建省, a
// 高新区): 2 to 4 characters ending in a division suffix, none of them a body's word. Tying such a
// body to the division above would be a guess.
bool starts_with_unknown_division(std::string_view body) {
  constexpr size_t kCharacter = 3;  // every CJK character here is 3 bytes of UTF-8
  for (size_t count = 2; count <= 4 && (count + 1) * kCharacter <= body.size(); ++count) {
    const std::string_view suffix = body.substr(count * kCharacter, kCharacter);
    if (suffix != "市" && suffix != "县" && suffix != "区" && suffix != "州" && suffix != "旗" &&
        suffix != "盟") {
      continue;
    }
    const std::string_view prefix = body.substr(0, count * kCharacter);
    for (const std::string_view word : {"局", "厅", "委", "办", "部", "院", "会", "司", "处", "所",
                                        "中心", "政府", "市", "县", "区"}) {
      if (prefix.find(word) != std::string_view::npos) return false;
    }
    return true;
  }
  return false;
}

// A zone's body tied to the city that lists the zone or, for a zone the package does not list,
// to the one division printed before it; unlinked when neither is known.
AgencyIdentity zone_identity(AgencyIdentity identity, const PrintedZone& zone,
                             const std::vector<NameEntry>& parents) {
  int code = parents.empty() ? 0 : parents.front().code;
  if (zone.listed_code) {
    const int city = zone.listed_code / 100 * 100;
    if (code && code != city && !inside(zone.listed_code, code)) return identity;
    code = city;
  }
  if (!code) return identity;
  identity.divisions = chain_of(code);
  if (identity.divisions.empty()) return identity;
  identity.match = AgencyMatch::kZone;
  identity.confidence = zone.listed_code ? 0.7 : 0.6;
  identity.note = zone.name + " is a development zone, not an administrative division: tied to " +
                  identity.division().name +
                  (zone.listed_code ? ", under which the division package lists it (" +
                                          six_digits(zone.listed_code) + ")"
                                    : ", the division its name begins with");
  return identity;
}

int rename_year(int code, std::string_view old_name) {
  for (const DivisionRename& rename : division_renames()) {
    if (rename.code == code && old_name == rename.old_name) return rename.year;
  }
  return 0;
}

}  // namespace

const char* division_level_name(DivisionLevel level) {
  switch (level) {
    case DivisionLevel::kNational:
      return "national";
    case DivisionLevel::kProvince:
      return "province";
    case DivisionLevel::kCity:
      return "city";
    case DivisionLevel::kCounty:
      return "county";
  }
  return "";
}

const char* agency_match_name(AgencyMatch match) {
  switch (match) {
    case AgencyMatch::kChain:
      return "chain";
    case AgencyMatch::kUnique:
      return "unique";
    case AgencyMatch::kRenamed:
      return "renamed";
    case AgencyMatch::kNational:
      return "national";
    case AgencyMatch::kZone:
      return "zone";
    case AgencyMatch::kAmbiguous:
      return "ambiguous";
    case AgencyMatch::kUnknown:
      return "unknown";
  }
  return "";
}

std::string AgencyIdentity::key() const { return linked() ? division().code + "|" + body : ""; }

std::string division_chain_name(const std::vector<Division>& divisions) {
  std::string name;
  for (const Division& division : divisions) {
    if (division.level != DivisionLevel::kNational) name += division.name;
  }
  return name;
}

AgencyIdentity identify_agency(std::string_view printed, std::optional<int> year) {
  const std::string name = compact_agency_name(printed);
  AgencyIdentity identity;
  // A listed zone whose name starts with its city's (秦皇岛市经济技术开发区) is the zone's.
  if (const std::optional<PrintedZone> zone = zone_at_start(name); zone && zone->listed_code) {
    identity.body = expanded_body(name);
    return zone_identity(std::move(identity), *zone, {});
  }
  std::vector<NameEntry> parents;
  std::vector<NameEntry> found;
  size_t position = 0;
  int names_read = 0;
  std::string renamed_from;
  while (const size_t length =
             longest_name(std::string_view(name).substr(position), parents, found)) {
    for (const NameEntry& entry : found) {
      if (entry.renamed) renamed_from = name.substr(position, length);
    }
    position += length;
    parents = found;
    ++names_read;
    if (level_of(found.front().code) == DivisionLevel::kCounty) break;
  }
  identity.body = expanded_body(name.substr(position));
  if (parents.size() > 1) {
    identity.match = AgencyMatch::kAmbiguous;
    identity.renamed_from = renamed_from;
    for (const NameEntry& entry : parents) {
      identity.candidates.push_back(division_chain_name(chain_of(entry.code)));
    }
    return identity;
  }
  // A zone word alone ties the body to nothing: only the division printed before it does.
  const std::optional<PrintedZone> zone = zone_at_start(name.substr(position));
  if (zone && (zone->listed_code || names_read > 0)) {
    return zone_identity(std::move(identity), *zone, parents);
  }
  if (names_read == 0) {
    if (!name.empty() && is_national(name)) {
      identity.divisions = {{"000000", "中华人民共和国", DivisionLevel::kNational}};
      identity.body = expanded_body(name);
      identity.match = AgencyMatch::kNational;
      identity.confidence = 0.8;
    }
    return identity;
  }
  if (starts_with_unknown_division(name.substr(position))) return identity;
  identity.divisions = chain_of(parents.front().code);
  if (!renamed_from.empty()) {
    identity.match = AgencyMatch::kRenamed;
    identity.renamed_from = renamed_from;
    // A former name printed years after the rename is more likely a different body's slip.
    const bool after = year && *year > rename_year(parents.front().code, renamed_from);
    identity.confidence = after ? 0.7 : 0.85;
  } else {
    identity.match = names_read > 1 ? AgencyMatch::kChain : AgencyMatch::kUnique;
    identity.confidence = names_read > 1 ? 1.0 : 0.9;
  }
  return identity;
}

}  // namespace ogi

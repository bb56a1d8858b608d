#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ogi {

enum class DivisionLevel { kNational, kProvince, kCity, kCounty };

const char* division_level_name(DivisionLevel level);  // "national" | "province" | ...

struct Division {
  std::string code;  // GB/T 2260, six digits; "000000" for the state
  std::string name;
  DivisionLevel level = DivisionLevel::kNational;
};

// How a printed agency name was tied to a division.
enum class AgencyMatch {
  kChain,      // every division printed, each inside the one before (江苏省淮安市洪泽区)
  kUnique,     // one division name, which only one division has (淮安市洪泽区 → 洪泽区)
  kRenamed,    // a former name of one division (洪泽县 → 洪泽区)
  kNational,   // a body of the State Council (国家…, 国务院…, …部)
  kZone,       // a development zone's body, tied to the division that set the zone up (note)
  kAmbiguous,  // a division name several divisions share, no parent printed (朝阳区)
  kUnknown,    // no division name found
};

const char* agency_match_name(AgencyMatch match);

// Who published a report: the administrative division the body belongs to, and the body.
struct AgencyIdentity {
  // From the state down to the body's own division (province, city, county); empty when the
  // name is not linked (ambiguous or unknown).
  std::vector<Division> divisions;
  // The body's name after its division, abbreviations expanded (人社局 → 人力资源和社会保障局).
  std::string body;
  AgencyMatch match = AgencyMatch::kUnknown;
  double confidence = 0;                // 0 when not linked
  std::string renamed_from;             // the former name printed (kRenamed; kAmbiguous too)
  std::vector<std::string> candidates;  // kAmbiguous: each division the name could be, by chain
  std::string note;                     // kZone: why the zone's body is tied to the division

  bool linked() const { return !divisions.empty(); }
  const Division& division() const { return divisions.back(); }
  // Same division and same body: one series of reports, whatever the spelling. "" unlinked.
  std::string key() const;
};

// The identity of an agency name as printed in a report (whitespace may remain). `year`, when
// known, only affects confidence: a former name printed after its rename is less sure. A former
// name two divisions may have become (庐山区: 濂溪区 or 庐山市) is ambiguous.
AgencyIdentity identify_agency(std::string_view printed, std::optional<int> year = std::nullopt);

// The printed name without whitespace (ASCII, no-break, ideographic), which varies between a
// report's title and signature and between years.
std::string compact_agency_name(std::string_view printed);

// Each division's name joined from province down ("江苏省淮安市洪泽区").
std::string division_chain_name(const std::vector<Division>& divisions);

}  // namespace ogi

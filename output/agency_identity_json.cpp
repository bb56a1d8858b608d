#include "output/agency_identity_json.h"

#include "template/agency/agency_identity.h"

namespace ogi {
namespace {

using nlohmann::ordered_json;

ordered_json division_json(const Division& division) {
  return {{"code", division.code},
          {"name", division.name},
          {"level", division_level_name(division.level)}};
}

}  // namespace

ordered_json agency_identity_json(const std::optional<std::string>& agency,
                                  std::optional<int> year) {
  if (!agency) return nullptr;
  const AgencyIdentity identity = identify_agency(*agency, year);
  ordered_json json;
  json["key"] = identity.linked() ? ordered_json(identity.key()) : ordered_json(nullptr);
  json["division"] = identity.linked() ? division_json(identity.division()) : ordered_json(nullptr);
  json["parents"] = ordered_json::array();
  for (size_t i = 0; i + 1 < identity.divisions.size(); ++i) {
    json["parents"].push_back(division_json(identity.divisions[i]));
  }
  json["body"] = identity.body;
  json["match"] = agency_match_name(identity.match);
  json["confidence"] = identity.confidence;
  json["renamed_from"] =
      identity.renamed_from.empty() ? ordered_json(nullptr) : ordered_json(identity.renamed_from);
  json["candidates"] = identity.candidates;
  json["note"] = identity.note.empty() ? ordered_json(nullptr) : ordered_json(identity.note);
  return json;
}

}  // namespace ogi

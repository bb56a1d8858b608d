#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace ogi {

// report.agency_identity of a record (docs/schema/record.schema.json): the division and body
// template/agency/agency_identity ties the printed agency to; null when no agency was printed.
nlohmann::ordered_json agency_identity_json(const std::optional<std::string>& agency,
                                            std::optional<int> year);

}  // namespace ogi

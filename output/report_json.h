#pragma once

#include <nlohmann/json.hpp>

#include "model/report.h"
#include "output/schema_version.h"

namespace ogi {

// The output contract (../shared/spec/output.md): keys in the documented order, no timestamps,
// so two runs over the same input give byte-identical records.
nlohmann::ordered_json report_to_json(const Report& report);

}  // namespace ogi

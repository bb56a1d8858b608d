#pragma once

#include <nlohmann/json.hpp>

#include "model/report.h"

namespace ogi {

// The record's schema_version: the version of docs/schema/record.schema.json the record follows
// (its "$id" and its schema_version "const"; tests/output/record_schema_test.cpp holds them equal).
// A field added to the record leaves it as it is; a field renamed, dropped or changed in meaning
// makes a new version, of the schema and of this.
inline constexpr const char* kSchemaVersion = "1";

// The output contract (../shared/spec/output.md): keys in the documented order, no timestamps,
// so two runs over the same input give byte-identical records.
nlohmann::ordered_json report_to_json(const Report& report);

}  // namespace ogi

#pragma once

namespace ogi {

// The record's schema_version: the version of docs/schema/record.schema.json the record follows
// (its "$id" and its schema_version "const"; tests/output/record_schema_test.cpp holds them equal).
// A field added to the record leaves it as it is; a field renamed, dropped or changed in meaning
// makes a new version, of the schema and of this.
inline constexpr const char* kSchemaVersion = "1";

}  // namespace ogi

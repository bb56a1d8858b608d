// The record's schema_version and docs/schema agree: the version the code writes is the one
// the schema requires and the one its $id names, for the record and the reports.jsonl line.
#include <gtest/gtest.h>

#include <algorithm>

#include "output/report_json.h"
#include "tests/support/batch_test_support.h"

namespace ogi {
namespace {

nlohmann::json schema(const std::string& name) {
  return nlohmann::json::parse(
      testing::read_bytes(testing::source_dir() / "docs" / "schema" / name));
}

TEST(RecordSchema, VersionIsTheCodesSchemaVersion) {
  const nlohmann::json record = schema("record.schema.json");
  EXPECT_EQ(record["properties"]["schema_version"]["const"], kSchemaVersion);
  EXPECT_EQ(report_to_json(Report{})["schema_version"], kSchemaVersion);
  const std::string versioned = std::string("/schema/") + kSchemaVersion + "/";
  EXPECT_NE(record["$id"].get<std::string>().find(versioned), std::string::npos) << record["$id"];
  const nlohmann::json line = schema("reports-line.schema.json");
  EXPECT_NE(line["$id"].get<std::string>().find(versioned), std::string::npos) << line["$id"];
  EXPECT_EQ(line["$ref"], "record.schema.json");
}

// A record with no field the schema leaves out: every key report_to_json writes at the top
// level is a property of the schema.
TEST(RecordSchema, ListsEveryTopLevelField) {
  const nlohmann::json properties = schema("record.schema.json")["properties"];
  const nlohmann::ordered_json record = report_to_json(Report{});
  std::vector<std::string> written;
  for (const auto& [key, value] : record.items()) written.push_back(key);
  std::vector<std::string> listed;
  for (const auto& [key, value] : properties.items()) listed.push_back(key);
  std::sort(written.begin(), written.end());
  std::sort(listed.begin(), listed.end());
  EXPECT_EQ(written, listed);
}

}  // namespace
}  // namespace ogi

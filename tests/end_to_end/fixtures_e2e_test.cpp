// End to end on the committed DOCX fixtures: exact values at exact keys against each fixture's
// truth file, and exactly the findings expected.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "cli/evaluation.h"
#include "output/report_json.h"
#include "pipeline/pipeline.h"
#include "tests/support/test_paths.h"

namespace ogi {
namespace {

nlohmann::json record_for(const std::string& fixture) {
  const ProcessedFile processed = process_file(testing::fixture_path(fixture).string());
  return nlohmann::json::parse(report_to_json(processed.report).dump());
}

nlohmann::json truth_for(const std::string& fixture) {
  const std::string stem = std::filesystem::path(fixture).stem().string();
  std::ifstream in(testing::fixture_path("docx/" + stem + ".truth.json"));
  return nlohmann::json::parse(in);
}

std::vector<std::string> alarm_rules(const nlohmann::json& record) {
  std::vector<std::string> rules;
  for (const auto& finding : record["validation"]["findings"]) {
    if (finding["severity"] != "info") rules.push_back(finding["rule"]);
  }
  return rules;
}

class DocxFixture : public ::testing::TestWithParam<std::string> {};

TEST_P(DocxFixture, EveryCellMatchesTruth) {
  const std::string fixture = "docx/" + GetParam() + ".docx";
  const nlohmann::json record = record_for(fixture);
  const nlohmann::json truth = truth_for(fixture);
  FormatScore score;
  score_record(truth, record, fixture, score);
  for (const std::string& wrong : score.wrong_cells) ADD_FAILURE() << wrong;
  EXPECT_EQ(score.cells_right, score.truth_cells);
  EXPECT_EQ(record["report"]["template"], truth["template"]);
  EXPECT_EQ(record["report"]["agency"], truth["agency"]);
  EXPECT_EQ(record["report"]["year"], truth["year"]);
  EXPECT_EQ(record["report"]["published"], truth["published"]);
  if (truth["injected"].is_null()) {
    EXPECT_TRUE(alarm_rules(record).empty()) << record["validation"].dump(1);
  }
}

INSTANTIATE_TEST_SUITE_P(Fixtures, DocxFixture,
                         ::testing::Values("report_2021", "report_2019", "hybrid_2021_single_other",
                                           "inconsistent_t3", "sdt_content_control",
                                           "tracked_changes", "nested_table", "vmerge_many_rows",
                                           "gridbefore_hmerge"));

TEST(DocxFixtureFindings, InjectedInconsistencyGivesExactlyTheBrokenIdentities) {
  const nlohmann::json record = record_for("docx/inconsistent_t3.docx");
  const std::vector<std::string> rules = alarm_rules(record);
  EXPECT_EQ(record["validation"]["status"], "error");
  EXPECT_NE(std::find(rules.begin(), rules.end(), "T3-1"), rules.end());
  EXPECT_NE(std::find(rules.begin(), rules.end(), "T3-3"), rules.end());
  for (const std::string& rule : rules) EXPECT_TRUE(rule == "T3-1" || rule == "T3-3") << rule;
}

TEST(DocxFixtureFindings, HybridSingleOtherRowIsAnExtraCell) {
  const nlohmann::json record = record_for("docx/hybrid_2021_single_other.docx");
  EXPECT_EQ(record["report"]["template"], "2021");
  bool found = false;
  for (const auto& cell : record["cells"]) {
    if (cell["table"] == "t3" && cell["row"] == "other" && cell["col"] == "total") {
      found = true;
      EXPECT_EQ(cell["value"], 3);
      EXPECT_EQ(cell["extra"], true);
    }
  }
  EXPECT_TRUE(found);
}

TEST(DocxFixtureFindings, TypoLabelStillMapsToItsKey) {
  // The hybrid fixture prints "2.其他法律行政止公开", as a real report does.
  const nlohmann::json record = record_for("docx/hybrid_2021_single_other.docx");
  bool found = false;
  for (const auto& cell : record["cells"]) {
    if (cell["table"] == "t3" && cell["row"] == "denied.law_prohibited" &&
        cell["col"] == "natural_person") {
      found = true;
      EXPECT_EQ(cell["value"], 2);
    }
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace ogi

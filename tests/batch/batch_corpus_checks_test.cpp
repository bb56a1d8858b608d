// Checks that need several reports: the same agency's consecutive years (T3-6, T2-1), tables
// copied from an earlier year (N-9), and the README's SQL query over corpus.sqlite.
#include <gtest/gtest.h>

#include "output/sqlite_database.h"
#include "tests/support/batch_test_support.h"

namespace ogi {
namespace {

namespace fs = std::filesystem;
using testing::fixture_path;

std::vector<nlohmann::json> findings_of(const nlohmann::json& record, const std::string& rule) {
  std::vector<nlohmann::json> found;
  for (const auto& finding : record["validation"]["findings"]) {
    if (finding["rule"] == rule) found.push_back(finding);
  }
  return found;
}

std::map<std::string, nlohmann::json> by_file_name(const std::vector<nlohmann::json>& records) {
  std::map<std::string, nlohmann::json> named;
  for (const auto& record : records) named[testing::file_name(record)] = record;
  return named;
}

// fixtures/make_batch_fixtures.py: agency_2023 carries over 1 more natural-person request than
// agency_2022 carried forward, and its 行政规范性文件 stock is off by 3.
TEST(BatchCorpusChecks, CrossYearFindingsLandOnTheLaterReport) {
  const fs::path out = testing::scratch_dir("cross_year") / "out";
  ASSERT_EQ(testing::run_ogi({"batch", fixture_path("batch").string(), "--out", out.string()}), 0);
  auto records = by_file_name(testing::read_jsonl(out / "reports.jsonl"));

  const auto& first = records["agency_2022.docx"];
  for (const std::string rule : {"T3-6", "T2-1", "N-9"}) {
    EXPECT_TRUE(findings_of(first, rule).empty()) << rule;
  }

  const auto& second = records["agency_2023.docx"];
  const auto carry = findings_of(second, "T3-6");
  ASSERT_EQ(carry.size(), 2u);
  EXPECT_EQ(carry[0]["cells"], nlohmann::json::array({"t3.carried_over.natural_person"}));
  EXPECT_EQ(carry[0]["expected"], 1);
  EXPECT_EQ(carry[0]["actual"], 2);
  EXPECT_EQ(carry[0]["severity"], "warning");
  EXPECT_EQ(carry[1]["cells"], nlohmann::json::array({"t3.carried_over.total"}));
  const std::string carry_message = carry[0]["message"];
  EXPECT_TRUE(carry_message.starts_with("表三 自然人列：上年结转 2 ≠ 2022年报告（"))
      << carry_message;
  EXPECT_TRUE(carry_message.ends_with("）结转下年度 1")) << carry_message;
  const auto stock = findings_of(second, "T2-1");
  ASSERT_EQ(stock.size(), 1u);
  EXPECT_EQ(stock[0]["cells"][0], "t2.art20_1.normative_documents.in_force");
  EXPECT_EQ(stock[0]["expected"], 59);
  EXPECT_EQ(stock[0]["actual"], 62);
  const std::string stock_message = stock[0]["message"];
  EXPECT_TRUE(stock_message.starts_with("表二 行政规范性文件：现行有效件数 62 ≠ 2022年报告（"))
      << stock_message;
  EXPECT_NE(stock_message.find("）现行有效件数 "), std::string::npos) << stock_message;
  EXPECT_TRUE(stock_message.ends_with(" = 59")) << stock_message;
  EXPECT_EQ(second["validation"]["status"], "warning");
  EXPECT_TRUE(findings_of(second, "N-9").empty());

  EXPECT_EQ(findings_of(records["agency_2024.docx"], "N-9").size(), 1u);

  // The stored single-file record stays what `ogi extract` gives: no corpus findings in it.
  const auto stored = nlohmann::json::parse(testing::read_bytes(
      out / "records" / (second["source"]["sha256"].get<std::string>() + ".json")));
  EXPECT_TRUE(stored["validation"]["findings"].empty());

  const std::string findings_csv = testing::read_bytes(out / "findings.csv");
  EXPECT_NE(findings_csv.find("agency_2023.docx,T3-6,warning,t3.carried_over.natural_person,"),
            std::string::npos);
}

std::string readme_query() {
  const std::string readme = testing::read_bytes(testing::source_dir() / "README.md");
  const size_t start = readme.find("```sql\n");
  if (start == std::string::npos) return "";
  const size_t body = start + 7;
  return readme.substr(body, readme.find("```", body) - body);
}

TEST(BatchCorpusChecks, ReadmeQueryNamesTheAgencyWhoseTable3DoesNotBalanceIn2024) {
  const std::string query = readme_query();
  ASSERT_FALSE(query.empty()) << "README.md has no ```sql block";
  const fs::path out = testing::scratch_dir("readme_sql") / "out";
  // inconsistent_t3.docx does not balance either, but in 2022.
  ASSERT_EQ(testing::run_ogi({"batch", fixture_path("docx").string(),
                              fixture_path("batch").string(), "--out", out.string()}),
            0);
  SqliteDatabase database(out / "corpus.sqlite", SqliteDatabase::Mode::kReadOnly);
  EXPECT_EQ(database.query(query), (std::vector<std::vector<std::string>>{{"望江县审计局"}}));
}

}  // namespace
}  // namespace ogi

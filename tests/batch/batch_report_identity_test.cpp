// A corpus's agencies and reports by identity, not by spelling: one county government printed
// with and without its city is one series across years (T3-6, T2-1 between them), one report
// published as several files (two DOCX; a DOCX and a web page) is one report_id with its files
// compared cell by cell (PUB-1, the more confident value kept), and the README's queries by
// agency, level and province.
#include <gtest/gtest.h>

#include <set>

#include "output/sqlite_database.h"
#include "tests/support/batch_test_support.h"

namespace ogi {
namespace {

namespace fs = std::filesystem;
using testing::fixture_path;

constexpr const char* kLicenseKey = "t2.art20_5.administrative_license.decisions";
constexpr const char* kReviewKey = "t4.review.upheld";

std::vector<nlohmann::json> findings_of(const nlohmann::json& record, const std::string& rule) {
  std::vector<nlohmann::json> found;
  for (const auto& finding : record["validation"]["findings"]) {
    if (finding["rule"] == rule) found.push_back(finding);
  }
  return found;
}

// The ```sql block after `marker` in README.md.
std::string readme_sql_after(const std::string& marker) {
  const std::string readme = testing::read_bytes(testing::source_dir() / "README.md");
  const size_t at = readme.find(marker);
  if (at == std::string::npos) return "";
  const size_t start = readme.find("```sql\n", at);
  if (start == std::string::npos) return "";
  const size_t body = start + 7;
  return readme.substr(body, readme.find("```", body) - body);
}

class PublicationsCorpus : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    out_ = new fs::path(testing::scratch_dir("publications") / "out");
    ASSERT_EQ(
        testing::run_ogi({"batch", fixture_path("publications").string(), "--out", out_->string()}),
        0);
    records_ = new std::map<std::string, nlohmann::json>;
    for (const auto& record : testing::read_jsonl(*out_ / "reports.jsonl")) {
      (*records_)[testing::file_name(record)] = record;
    }
  }
  static void TearDownTestSuite() {
    delete out_;
    delete records_;
  }
  static const nlohmann::json& record(const std::string& name) { return records_->at(name); }

  static fs::path* out_;
  static std::map<std::string, nlohmann::json>* records_;
};

fs::path* PublicationsCorpus::out_ = nullptr;
std::map<std::string, nlohmann::json>* PublicationsCorpus::records_ = nullptr;

TEST_F(PublicationsCorpus, BothSpellingsAreOneCountyGovernment) {
  ASSERT_EQ(records_->size(), 4u);
  for (const auto& [name, each] : *records_) {
    const nlohmann::json& identity = each["report"]["agency_identity"];
    EXPECT_EQ(identity["key"], "320813|人民政府") << name;
    EXPECT_EQ(identity["division"],
              (nlohmann::json{{"code", "320813"}, {"name", "洪泽区"}, {"level", "county"}}))
        << name;
    EXPECT_EQ(identity["parents"][0]["name"], "江苏省") << name;
    EXPECT_EQ(identity["parents"][1]["code"], "320800") << name;
    EXPECT_TRUE(findings_of(each, "AG-1").empty()) << name;
  }
  EXPECT_EQ(record("hongze_2023.docx")["report"]["agency"], "洪泽区人民政府");
  EXPECT_EQ(record("hongze_2023.docx")["report"]["agency_identity"]["match"], "unique");
  EXPECT_EQ(record("hongze_2024.docx")["report"]["agency"], "淮安市洪泽区人民政府");
  EXPECT_EQ(record("hongze_2024.docx")["report"]["agency_identity"]["match"], "chain");
  EXPECT_EQ(record("hongze_2024.html")["report"]["agency"], "淮安市洪泽区人民政府");
  // make_batch_fixtures.follow_previous_year: natural_person carried over 1 more than 2023
  // carried forward, and the normative documents' stock off by 3. Both only across spellings,
  // in both files of 2024.
  for (const char* name : {"hongze_2024.docx", "hongze_2024.html"}) {
    const auto carry = findings_of(record(name), "T3-6");
    ASSERT_EQ(carry.size(), 2u) << name;
    EXPECT_EQ(carry[0]["cells"][0], "t3.carried_over.natural_person") << name;
    EXPECT_EQ(findings_of(record(name), "T2-1").size(), 1u) << name;
  }
}

TEST_F(PublicationsCorpus, TwoFilesOfOneReportDisagreeOnOneCell) {
  const nlohmann::json& first = record("hongze_2023.docx");
  const nlohmann::json& web = record("hongze_2023_web.docx");
  const std::string first_sha = first["source"]["sha256"];
  EXPECT_EQ(first["report"]["report_id"], first_sha);
  EXPECT_EQ(web["report"]["report_id"], first_sha);
  EXPECT_NE(record("hongze_2024.docx")["report"]["report_id"], first_sha);

  EXPECT_TRUE(findings_of(first, "PUB-1").empty());
  const auto differ = findings_of(web, "PUB-1");
  ASSERT_EQ(differ.size(), 1u);  // one value changed by make_publication_fixtures.py
  EXPECT_EQ(differ[0]["cells"], nlohmann::json::array({kLicenseKey}));
  EXPECT_EQ(differ[0]["severity"], "warning");
  EXPECT_EQ(differ[0]["expected"], 79);
  EXPECT_EQ(differ[0]["actual"], 84);
  const std::string message = differ[0]["message"];
  EXPECT_NE(message.find("hongze_2023_web.docx）为 84"), std::string::npos) << message;
  EXPECT_NE(message.find("hongze_2023.docx 为 79"), std::string::npos) << message;
  // Each file's record keeps what it printed.
  EXPECT_EQ(testing::cell_value(web, kLicenseKey), 84);
  EXPECT_EQ(testing::cell_value(first, kLicenseKey), 79);
  // The stored single-file records have no corpus findings.
  const auto stored = nlohmann::json::parse(testing::read_bytes(
      *out_ / "records" / (web["source"]["sha256"].get<std::string>() + ".json")));
  EXPECT_TRUE(findings_of(stored, "PUB-1").empty());
  EXPECT_FALSE(stored["report"].contains("report_id"));
}

TEST_F(PublicationsCorpus, DocxAndWebPageOfOneReportDisagreeTheSurerValueWins) {
  const nlohmann::json& docx = record("hongze_2024.docx");
  const nlohmann::json& page = record("hongze_2024.html");
  const std::string docx_sha = docx["source"]["sha256"];
  EXPECT_EQ(docx["report"]["report_id"], docx_sha);  // the DOCX comes first in input order
  EXPECT_EQ(page["report"]["report_id"], docx_sha);
  // Each file's record keeps what it read: the DOCX's value placed under a blank header.
  EXPECT_EQ(testing::cell_value(docx, kReviewKey), 3);
  EXPECT_EQ(testing::cell_value(page, kReviewKey), 1);
  EXPECT_EQ(findings_of(docx, "MAP-3").size(), 1u);

  EXPECT_TRUE(findings_of(page, "PUB-1").empty());
  const auto differ = findings_of(docx, "PUB-1");
  ASSERT_EQ(differ.size(), 1u);
  EXPECT_EQ(differ[0]["cells"], nlohmann::json::array({kReviewKey}));
  EXPECT_EQ(differ[0]["expected"], 1);
  EXPECT_EQ(differ[0]["actual"], 3);
  const std::string message = differ[0]["message"];
  EXPECT_NE(message.find("hongze_2024.docx）为 3（置信度 0.6）"), std::string::npos) << message;
  EXPECT_NE(message.find("hongze_2024.html 为 1（置信度 1）"), std::string::npos) << message;
  EXPECT_NE(message.find("报告取 1"), std::string::npos) << message;

  SqliteDatabase database(*out_ / "corpus.sqlite", SqliteDatabase::Mode::kReadOnly);
  EXPECT_EQ(
      database.query("SELECT value, confidence, path FROM report_cells WHERE report_id = '" +
                     docx_sha + "' AND \"table\" = 't4' AND \"row\" = 'review' AND col = 'upheld'"),
      (std::vector<std::vector<std::string>>{{"1", "1.0", page["source"]["path"]}}));
}

TEST_F(PublicationsCorpus, SqliteKeepsTheReportsValueAndItsFile) {
  SqliteDatabase database(*out_ / "corpus.sqlite", SqliteDatabase::Mode::kReadOnly);
  EXPECT_EQ(database.query("SELECT agency_key, division_code, division, level, province, city, "
                           "county, body FROM agencies"),
            (std::vector<std::vector<std::string>>{{"320813|人民政府", "320813", "洪泽区", "county",
                                                    "江苏省", "淮安市", "洪泽区", "人民政府"}}));
  const std::string first_sha = record("hongze_2023.docx")["source"]["sha256"];
  EXPECT_EQ(database.query("SELECT value, path FROM report_cells WHERE report_id = '" + first_sha +
                           "' AND \"table\" = 't2' AND \"row\" = "
                           "'art20_5.administrative_license' AND col = 'decisions'"),
            (std::vector<std::vector<std::string>>{
                {"79", record("hongze_2023.docx")["source"]["path"]}}));
  EXPECT_EQ(database.query("SELECT COUNT(DISTINCT report_id), COUNT(*) FROM reports"),
            (std::vector<std::vector<std::string>>{{"2", "4"}}));
  EXPECT_EQ(database.query("SELECT COUNT(*) FROM findings WHERE rule = 'PUB-1'"),
            (std::vector<std::vector<std::string>>{{"2"}}));
}

TEST_F(PublicationsCorpus, ReadmeQueriesByAgencyLevelAndProvince) {
  const std::string series = readme_sql_after("A time series per agency");
  ASSERT_FALSE(series.empty()) << "README.md: no query after 'A time series per agency'";
  SqliteDatabase database(*out_ / "corpus.sqlite", SqliteDatabase::Mode::kReadOnly);
  const auto value = [&](const std::string& name) {
    return testing::cell_value(record(name), "t3.new.total").dump();
  };
  EXPECT_EQ(database.query(series),
            (std::vector<std::vector<std::string>>{
                {"江苏省淮安市洪泽区", "人民政府", "2023", value("hongze_2023.docx")},
                {"江苏省淮安市洪泽区", "人民政府", "2024", value("hongze_2024.docx")}}));
  const std::string by_level = readme_sql_after("Reports by province and level");
  ASSERT_FALSE(by_level.empty()) << "README.md: no query after 'Reports by province and level'";
  EXPECT_EQ(database.query(by_level),
            (std::vector<std::vector<std::string>>{{"江苏省", "county", "2"}}));
}

// Every development report as DOCX, PDF and HTML: three files, one report each, no value that
// differs between them, every agency tied to its division.
TEST(BatchReportIdentity, EveryDevReportIsOneReportOverItsThreeFormats) {
  if (!testing::has_shared_dir()) GTEST_SKIP() << "../shared/dev is absent";
  const fs::path docs = testing::shared_dir() / "dev" / "docs";
  const fs::path scratch = testing::scratch_dir("dev_reports");
  std::ofstream list(scratch / "inputs.txt");
  std::set<std::string> reports;
  for (const auto& entry : fs::directory_iterator(docs)) {
    const std::string name = entry.path().filename().string();
    const std::string stem = name.substr(0, name.find('.'));
    if (name == stem + ".docx" || name == stem + ".pdf" || name == stem + ".html") {
      list << entry.path().string() << "\n";
      reports.insert(stem);
    }
  }
  list.close();
  const fs::path out = scratch / "out";
  ASSERT_EQ(testing::run_ogi({"batch", "@" + (scratch / "inputs.txt").string(), "--out",
                              out.string(), "-j", "2"}),
            0);
  std::map<std::string, std::set<std::string>> files_of_report;  // report_id → dNNN
  std::map<std::string, std::string> key_of_stem;
  for (const auto& record : testing::read_jsonl(out / "reports.jsonl")) {
    const std::string name = testing::file_name(record);
    const std::string stem = name.substr(0, name.find('.'));
    files_of_report[record["report"]["report_id"]].insert(name);
    const nlohmann::json& key = record["report"]["agency_identity"]["key"];
    ASSERT_TRUE(key.is_string()) << name << ": " << record["report"]["agency"];
    const auto [known, inserted] = key_of_stem.emplace(stem, key);
    EXPECT_EQ(known->second, key) << name;
    EXPECT_TRUE(findings_of(record, "PUB-1").empty()) << name;
    EXPECT_TRUE(findings_of(record, "AG-1").empty()) << name;
  }
  EXPECT_EQ(files_of_report.size(), reports.size());
  for (const auto& [report_id, names] : files_of_report) {
    ASSERT_EQ(names.size(), 3u) << report_id;
    const std::string stem = names.begin()->substr(0, 4);
    EXPECT_EQ(names, (std::set<std::string>{stem + ".docx", stem + ".html", stem + ".pdf"}));
  }
  EXPECT_EQ(key_of_stem.at("d006"), "330521|卫生健康局");  // 湖州市德清县卫生健康局
  EXPECT_EQ(key_of_stem.at("d008"), "430181|自然资源局");  // 长沙市浏阳市自然资源局
  EXPECT_EQ(key_of_stem.at("d001"), "610000|公安厅");      // 陕西省公安厅
}

}  // namespace
}  // namespace ogi

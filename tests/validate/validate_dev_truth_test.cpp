#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "tests/support/test_paths.h"
#include "tests/support/truth_report.h"
#include "validate/validator.h"

namespace ogi {
namespace {

using testing::add_section;
using testing::load_truth_report;
using testing::shared_dir;

// A finding as "rule severity last-cell": every identity lists its printed total last, so this
// names the identity instance (T3-2 of the 商业企业 column ends with t3.total.commercial).
std::vector<std::string> instances(const std::vector<Finding>& findings) {
  std::vector<std::string> lines;
  for (const Finding& finding : findings) {
    std::string line = finding.rule + " " + severity_name(finding.severity);
    if (!finding.cells.empty()) line += " " + finding.cells.back();
    lines.push_back(line);
  }
  return lines;
}

std::string read_text(const std::filesystem::path& path) {
  std::ifstream stream(path);
  std::stringstream buffer;
  buffer << stream.rdbuf();
  return buffer.str();
}

// The 依申请公开 paragraph of each dev report's 一、总体情况, as printed.
const std::map<std::string, std::string>& dev_request_paragraphs() {
  static const std::map<std::string, std::string> paragraphs = {
      {"d001",
       "2019年，我厅新收政府信息公开申请617件，上年结转8件，已办结616件，结转下年度继续办理9件。"},
      {"d002",
       "2019年度我厅共收到依申请公开86件，其中自然人申请76件，法人或其他组织申请10件。"
       "另有上年结转申请4件，本年共办结89件，结转下年度1件。"},
      {"d003",
       "2019年，我厅新收政府信息公开申请92件，上年结转4件，已办结94件，结转下年度继续办理2件。"
       "对申请内容不明确的，及时告知申请人补正，切实保障申请人合法权益。"},
      {"d004", "2022年度我局未收到政府信息公开申请。对申请内容不明确的，及时告知申请人补正。"},
      {"d005",
       "2020年度我局共收到依申请公开9件，其中自然人申请7件，法人或其他组织申请2件。"
       "已全部按期办结。"},
      {"d006", "2020年，我局共收到政府信息公开申请1件，均在法定期限内依法依规予以答复。"},
      {"d007", "2021年，我局共收到政府信息公开申请14件，均在法定期限内依法依规予以答复。"},
      {"d008", "2022年，我局共收到政府信息公开申请0件。"},
      {"d009",
       "2022年度我局共收到依申请公开4件，其中自然人申请3件，法人或其他组织申请1件。"
       "已全部按期办结。"},
      {"d010", "2022年，我局共收到政府信息公开申请8件，均在法定期限内依法依规予以答复。"},
      {"d011", "2022年，我局共收到政府信息公开申请6件，均在法定期限内依法依规予以答复。"},
      {"d012", "2023年，我局共收到政府信息公开申请5件，均在法定期限内依法依规予以答复。"},
      {"d013",
       "2024年，我局新收政府信息公开申请35件，上年结转0件，已办结34件，结转下年度继续办理1件。"},
      {"d014",
       "2024年度我局共收到依申请公开25件，其中自然人申请21件，法人或其他组织申请4件。"
       "已全部按期办结。"},
      {"d015",
       "2021年度我局共收到依申请公开47件，其中自然人申请41件，法人或其他组织申请6件。"
       "已全部按期办结。"},
      {"d016",
       "2025年，我局新收政府信息公开申请31件，上年结转0件，已办结31件，结转下年度继续办理1件。"},
  };
  return paragraphs;
}

// Expected findings per dev report (truth "injected"); every other report is clean.
const std::map<std::string, std::vector<std::string>>& dev_expected() {
  static const std::map<std::string, std::vector<std::string>> expected = {
      {"d002", {"T3-2 error t3.total.commercial", "T3-2 error t3.total.total"}},
      {"d010", {"N-1 warning t3.new.total"}},
      {"d016",
       {"T3-1 error t3.carried_forward.total", "T3-2 error t3.total.total",
        "T3-3 error t3.total.total"}},
  };
  return expected;
}

TEST(ValidateDevTruth, FindingsAreExactlyTheInjectedInconsistencies) {
  if (!testing::has_shared_dir()) GTEST_SKIP() << "no shared dir";
  for (const auto& [id, paragraph] : dev_request_paragraphs()) {
    Report report = load_truth_report(shared_dir() / "dev" / "truth" / (id + ".json"));
    add_section(report, "s1_overall", paragraph);
    auto found = dev_expected().find(id);
    std::vector<std::string> expected =
        found == dev_expected().end() ? std::vector<std::string>{} : found->second;
    EXPECT_EQ(instances(validate_report(report)), expected) << id;
  }
}

TEST(ValidateDevTruth, D010NarrativeFindingStatesBothNumbers) {
  if (!testing::has_shared_dir()) GTEST_SKIP() << "no shared dir";
  Report report = load_truth_report(shared_dir() / "dev" / "truth" / "d010.json");
  add_section(report, "s1_overall", dev_request_paragraphs().at("d010"));
  std::vector<Finding> findings = validate_report(report);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].expected, 8);
  EXPECT_EQ(findings[0].actual, 5);
  EXPECT_NE(findings[0].message.find("8 件"), std::string::npos) << findings[0].message;
  EXPECT_NE(findings[0].message.find("本年新收/总计 5"), std::string::npos) << findings[0].message;
}

TEST(ValidateDevTruth, D016RowTotalFindingGivesPrintedAndSummedTotal) {
  if (!testing::has_shared_dir()) GTEST_SKIP() << "no shared dir";
  Report report = load_truth_report(shared_dir() / "dev" / "truth" / "d016.json");
  std::vector<Finding> findings = validate_report(report);
  ASSERT_EQ(findings.size(), 3u);
  EXPECT_EQ(findings[2].rule, "T3-3");
  EXPECT_EQ(findings[2].expected, 30);
  EXPECT_EQ(findings[2].actual, 31);
}

// Seeds: the whole text dump as section text, tables and all, against the seed truth.
TEST(ValidateDevTruth, SeedTextsRaiseOnlyTheirRealInconsistencies) {
  if (!testing::has_shared_dir()) GTEST_SKIP() << "no shared dir";
  const std::map<std::string, std::vector<std::string>> expected = {
      {"000_01df5a501ff1ec26", {}},
      {"001_f5a9199cbe66440d", {}},
      {"002_84a5a362a254afd3", {}},
      {"003_7cfe14d9f8ebec40",
       {"C-1 warning t4.litigation_after_review.total"}},  // 表四 printed without a value row
      {"004_2306ae272cf1740f",
       {"T3-2 error t3.total.other_org", "T3-2 error t3.total.total",
        "T3-8 error t3.total.other_org", "T3-8 error t3.total.total", "N-1 warning t3.new.total"}},
  };
  for (const auto& [name, findings] : expected) {
    std::string id = "seed" + name.substr(0, 3);
    Report report = load_truth_report(shared_dir() / "seeds" / "truth" / (id + ".json"));
    add_section(report, "s1_overall", read_text(shared_dir() / "seeds" / (name + ".txt")));
    EXPECT_EQ(instances(validate_report(report)), findings) << id;
  }
}

}  // namespace
}  // namespace ogi

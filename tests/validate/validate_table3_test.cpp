#include <gtest/gtest.h>

#include "template/template_keys.h"
#include "tests/support/validate_report_builder.h"
#include "validate/validator.h"

namespace ogi {
namespace {

using testing::blank_value;
using testing::set_cell;
using testing::set_number;
using testing::summarize;
using testing::zero_report;

// A consistent 表三: 4 new + 1 carried over = 4 handled + 1 carried forward.
Report requests_report(const std::string& template_name = "2021") {
  Report report = zero_report(template_name);
  auto row = [&report](const std::string& row, double person, double company) {
    set_number(report, "t3." + row + ".natural_person", person);
    set_number(report, "t3." + row + ".commercial", company);
    set_number(report, "t3." + row + ".total", person + company);
  };
  row("new", 3, 1);
  row("carried_over", 1, 0);
  row("granted", 2, 0);
  row("partial", 0, 1);
  row("unable.not_held", 1, 0);
  row("total", 3, 1);
  row("carried_forward", 1, 0);
  return report;
}

std::string cells_of(const std::string& prefix, const std::vector<std::string>& rows,
                     const std::string& col) {
  std::string text;
  for (const std::string& row : rows) text += (text.empty() ? "" : ",") + prefix + row + "." + col;
  return text;
}

TEST(ValidateTable3, ConsistentTableGivesNoFinding) {
  EXPECT_TRUE(validate_report(requests_report("2021")).empty());
  EXPECT_TRUE(validate_report(requests_report("2019")).empty());
  EXPECT_TRUE(validate_report(zero_report("2021")).empty());
}

TEST(ValidateTable3, BalanceFailsInTheColumnWhosePrintedTotalIsOff) {
  Report report = requests_report();
  set_number(report, "t3.new.total", 5);
  std::vector<Finding> findings = validate_report(report);
  EXPECT_EQ(summarize(findings),
            (std::vector<std::string>{
                "T3-1 error t3.new.total,t3.carried_over.total,t3.total.total,"
                "t3.carried_forward.total",
                "T3-3 error t3.new.natural_person,t3.new.commercial,t3.new.research,"
                "t3.new.social_welfare,t3.new.legal_services,t3.new.other_org,t3.new.total"}));
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].message,
            "表三 总计列：本年新收 5 + 上年结转 1 ≠ 办理结果总计 4 + 结转下年度 1");
  EXPECT_EQ(findings[0].expected, 6);
  EXPECT_EQ(findings[0].actual, 5);
  EXPECT_EQ(findings[1].expected, 4);
  EXPECT_EQ(findings[1].actual, 5);
}

TEST(ValidateTable3, BlankCarriedForwardTotalIsUncertainNotPassed) {
  Report report = requests_report();
  set_cell(report, "t3.carried_forward.total", blank_value(Semantic::kEmpty));
  std::vector<Finding> findings = validate_report(report);
  EXPECT_EQ(summarize(findings),
            (std::vector<std::string>{"T3-1 warning t3.carried_forward.total",
                                      "T3-3 warning t3.carried_forward.total"}));
  ASSERT_FALSE(findings.empty());
  EXPECT_NE(findings[0].message.find("无法核验：‘结转下年度/总计’为空"), std::string::npos);
}

TEST(ValidateTable3, BlankCellsAmongZerosHoldTrivially) {
  Report report = zero_report("2021");
  set_cell(report, "t3.new.commercial", blank_value(Semantic::kEmpty));
  set_cell(report, "t3.denied.inquiry.total", blank_value(Semantic::kEmpty));
  set_cell(report, "t3.total.research", blank_value(Semantic::kEmpty));
  EXPECT_TRUE(validate_report(report).empty());
}

TEST(ValidateTable3, EntirelyEmptyTableIsOneCompletenessWarning) {
  Report report = zero_report("2021");
  testing::set_table(report, "t3", Semantic::kEmpty);
  std::vector<Finding> findings = validate_report(report);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "C-1");
  EXPECT_EQ(findings[0].severity, Severity::kWarning);
  // It names every cell of the table, so a user filtering findings by cell sees it.
  EXPECT_EQ(findings[0].cells, canonical_keys("t3", "2021"));
  EXPECT_FALSE(findings[0].cells.empty());
  EXPECT_NE(findings[0].message.find("表三"), std::string::npos);
}

TEST(ValidateTable3, OutcomeSumCoversTheThreeOtherRowsIn2021) {
  Report report = requests_report("2021");
  set_number(report, "t3.other.no_fee.natural_person", 1);
  set_number(report, "t3.other.no_fee.total", 1);
  std::vector<Finding> findings = validate_report(report);
  std::vector<std::string> rows = {"granted",
                                   "partial",
                                   "denied.state_secret",
                                   "denied.law_prohibited",
                                   "denied.three_safeties",
                                   "denied.third_party",
                                   "denied.internal_affairs",
                                   "denied.process_info",
                                   "denied.enforcement_file",
                                   "denied.inquiry",
                                   "unable.not_held",
                                   "unable.needs_creation",
                                   "unable.unclear",
                                   "not_processed.petition",
                                   "not_processed.duplicate",
                                   "not_processed.publication",
                                   "not_processed.excessive",
                                   "not_processed.confirmation",
                                   "other.no_correction",
                                   "other.no_fee",
                                   "other.other",
                                   "total"};
  EXPECT_EQ(summarize(findings),
            (std::vector<std::string>{"T3-2 error " + cells_of("t3.", rows, "natural_person"),
                                      "T3-2 error " + cells_of("t3.", rows, "total")}));
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].message,
            "表三 自然人列：办理结果各项合计 4（其中 予以公开 2、本机关不掌握相关政府信息 1、"
            "逾期未缴纳费用 1，其余为0） ≠ 办理结果总计 3");
  EXPECT_EQ(findings[1].expected, 5);
  EXPECT_EQ(findings[1].actual, 4);
}

TEST(ValidateTable3, OutcomeSumUsesTheSingleOtherRowIn2019) {
  Report report = requests_report("2019");
  set_number(report, "t3.other.commercial", 1);
  set_number(report, "t3.other.total", 1);
  std::vector<Finding> findings = validate_report(report);
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].rule, "T3-2");
  EXPECT_EQ(findings[0].cells.size(), 20u);  // 19 outcome rows + 总计
  EXPECT_EQ(findings[0].cells[18], "t3.other.commercial");
  EXPECT_EQ(findings[1].cells.back(), "t3.total.total");
}

const std::vector<std::string> kColumns = {"natural_person", "commercial",     "research",
                                           "social_welfare", "legal_services", "other_org",
                                           "total"};

// Moves one 予以公开 request of the 自然人 column to （六）其他处理, printed in `printed` rows
// while the template's own （六） rows are left blank.
Report with_other_processing(const std::string& template_name,
                             const std::vector<std::string>& printed,
                             const std::vector<std::string>& blank) {
  Report report = requests_report(template_name);
  for (const std::string& row : blank) {
    for (const std::string& col : kColumns) {
      set_cell(report, "t3." + row + "." + col, blank_value(Semantic::kEmpty));
    }
  }
  for (const std::string& row : printed) {
    for (const std::string& col : kColumns) set_number(report, "t3." + row + "." + col, 0);
  }
  set_number(report, "t3." + printed.front() + ".natural_person", 1);
  set_number(report, "t3." + printed.front() + ".total", 1);
  set_number(report, "t3.granted.natural_person", 1);
  set_number(report, "t3.granted.total", 1);
  return report;
}

TEST(ValidateTable3, OtherProcessingPrintedInTheOtherVersionsFormIsSummed) {
  const std::vector<std::string> leaves = {"other.no_correction", "other.no_fee", "other.other"};
  EXPECT_TRUE(validate_report(with_other_processing("2021", {"other"}, leaves)).empty());
  EXPECT_TRUE(validate_report(with_other_processing("2019", leaves, {"other"})).empty());
  // Printed in the template's own form it is summed as well.
  EXPECT_TRUE(validate_report(with_other_processing("2021", leaves, {})).empty());
  EXPECT_TRUE(validate_report(with_other_processing("2019", {"other"}, {})).empty());
}

TEST(ValidateTable3, RowTotalThatIsNotTheSumOfItsColumns) {
  Report report = requests_report();
  set_number(report, "t3.granted.total", 3);
  std::vector<Finding> findings = validate_report(report);
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].rule, "T3-2");
  EXPECT_EQ(findings[0].cells.back(), "t3.total.total");
  EXPECT_EQ(findings[1].rule, "T3-3");
  EXPECT_EQ(findings[1].cells.back(), "t3.granted.total");
  EXPECT_EQ(
      findings[1].message,
      "表三 予以公开行：自然人 2 + 商业企业 0 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + "
      "其他组织 0 ≠ 总计 3");
  EXPECT_EQ(findings[1].expected, 2);
  EXPECT_EQ(findings[1].actual, 3);
}

TEST(ValidateTable3, OrgSubtotalColumnMustSumTheFiveOrgColumns) {
  Report report = requests_report();
  set_number(report, "t3.new.org_subtotal", 1);
  EXPECT_TRUE(validate_report(report).empty());
  set_number(report, "t3.new.org_subtotal", 2);
  EXPECT_EQ(summarize(validate_report(report)),
            std::vector<std::string>{"T3-4 error t3.new.commercial,t3.new.research,"
                                     "t3.new.social_welfare,t3.new.legal_services,"
                                     "t3.new.other_org,t3.new.org_subtotal"});
}

TEST(ValidateTable3, SubtotalRowMustSumItsLeaves) {
  Report report = requests_report();
  for (const char* col : {"natural_person", "commercial", "research", "social_welfare",
                          "legal_services", "other_org", "total"}) {
    set_number(report, std::string("t3.unable.subtotal.") + col, 0);
  }
  set_number(report, "t3.unable.subtotal.natural_person", 1);
  set_number(report, "t3.unable.subtotal.total", 1);
  EXPECT_TRUE(validate_report(report).empty());
  set_number(report, "t3.unable.subtotal.natural_person", 2);
  set_number(report, "t3.unable.subtotal.total", 2);
  EXPECT_EQ(
      summarize(validate_report(report)),
      (std::vector<std::string>{
          "T3-4 error t3.unable.not_held.natural_person,t3.unable.needs_creation.natural_person,"
          "t3.unable.unclear.natural_person,t3.unable.subtotal.natural_person",
          "T3-4 error t3.unable.not_held.total,t3.unable.needs_creation.total,"
          "t3.unable.unclear.total,t3.unable.subtotal.total"}));
}

TEST(ValidateTable3, NegativeAndDecimalCountsAreErrors) {
  Report report = zero_report("2021");
  // Offsetting values keep every sum at 0, so only the cells themselves are wrong.
  set_number(report, "t3.denied.inquiry.research", -1);
  set_number(report, "t3.denied.inquiry.social_welfare", 1);
  set_number(report, "t3.denied.process_info.research", 1);
  set_number(report, "t3.denied.process_info.social_welfare", -1);
  EXPECT_EQ(summarize(validate_report(report)),
            (std::vector<std::string>{"T3-5 error t3.denied.process_info.social_welfare",
                                      "T3-5 error t3.denied.inquiry.research"}));
  report = zero_report("2021");
  set_number(report, "t3.denied.inquiry.research", 0.5);
  set_number(report, "t3.denied.inquiry.social_welfare", -0.5);
  set_number(report, "t3.denied.process_info.research", -0.5);
  set_number(report, "t3.denied.process_info.social_welfare", 0.5);
  std::vector<Finding> findings = validate_report(report);
  EXPECT_EQ(testing::rules_of(findings),
            (std::vector<std::string>{"T3-5", "T3-5", "T3-5", "T3-5"}));
  ASSERT_FALSE(findings.empty());
  EXPECT_EQ(findings[0].message, "表三 ‘属于四类过程性信息/科研机构’为“-0.5”，应为非负整数");
}

TEST(ValidateTable3, DisclosedMoreThanHandledBreaksTheDisclosureRate) {
  Report report = requests_report();
  // 予以公开 4 offset by a negative 无法提供 keeps T3-2 intact.
  set_number(report, "t3.granted.natural_person", 4);
  set_number(report, "t3.granted.total", 4);
  set_number(report, "t3.unable.not_held.natural_person", -1);
  set_number(report, "t3.unable.not_held.total", -1);
  std::vector<Finding> findings = validate_report(report);
  EXPECT_EQ(
      summarize(findings),
      (std::vector<std::string>{"T3-5 error t3.unable.not_held.natural_person",
                                "T3-5 error t3.unable.not_held.total",
                                "T3-8 error t3.granted.natural_person,t3.partial.natural_person,"
                                "t3.total.natural_person",
                                "T3-8 error t3.granted.total,t3.partial.total,t3.total.total"}));
  ASSERT_EQ(findings.size(), 4u);
  EXPECT_EQ(findings[3].message, "表三 总计列：予以公开 4 + 部分公开 1 > 办理结果总计 4");
}

TEST(ValidateTable3, DisclosureRateIsSilentWhileBlanksLeaveItOpen) {
  Report report = requests_report();
  set_cell(report, "t3.partial.commercial", blank_value(Semantic::kEmpty));
  std::vector<Finding> findings = validate_report(report);
  // T3-2 and T3-3 say the cell is blank; T3-8 adds nothing.
  EXPECT_EQ(testing::rules_of(findings), (std::vector<std::string>{"T3-2", "T3-3"}));
}

}  // namespace
}  // namespace ogi

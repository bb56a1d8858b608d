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

const std::string kReviewCells =
    "t4.review.upheld,t4.review.corrected,t4.review.other,t4.review.pending,t4.review.total";

TEST(ValidateTable4, GroupTotalsThatAddUpGiveNoFinding) {
  Report report = zero_report("2021");
  set_number(report, "t4.review.upheld", 1);
  set_number(report, "t4.review.pending", 1);
  set_number(report, "t4.review.total", 2);
  set_number(report, "t4.litigation_after_review.corrected", 1);
  set_number(report, "t4.litigation_after_review.total", 1);
  EXPECT_TRUE(validate_report(report).empty());
}

TEST(ValidateTable4, TotalThatIsNotTheSumOfItsOutcomes) {
  Report report = zero_report("2021");
  set_number(report, "t4.review.upheld", 1);
  set_number(report, "t4.review.corrected", 1);
  set_number(report, "t4.review.total", 1);
  std::vector<Finding> findings = validate_report(report);
  EXPECT_EQ(summarize(findings), std::vector<std::string>{"T4-1 error " + kReviewCells});
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].message,
            "表四 行政复议：结果维持 1 + 结果纠正 1 + 其他结果 0 + 尚未审结 0 ≠ 总计 1");
  EXPECT_EQ(findings[0].expected, 2);
  EXPECT_EQ(findings[0].actual, 1);
}

TEST(ValidateTable4, BlankOutcomeBesideANumberIsUncertain) {
  Report report = zero_report("2021");
  set_number(report, "t4.litigation_direct.upheld", 1);
  set_number(report, "t4.litigation_direct.total", 1);
  set_cell(report, "t4.litigation_direct.pending", blank_value(Semantic::kEmpty));
  std::vector<Finding> findings = validate_report(report);
  EXPECT_EQ(summarize(findings),
            std::vector<std::string>{"T4-1 warning t4.litigation_direct.pending"});
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_NE(findings[0].message.find("‘行政诉讼（未经复议直接起诉）/尚未审结’为空"),
            std::string::npos)
      << findings[0].message;
}

TEST(ValidateTable4, BlankCellsAmongZerosHoldTrivially) {
  Report report = zero_report("2021");
  set_cell(report, "t4.review.total", blank_value(Semantic::kEmpty));
  set_cell(report, "t4.litigation_after_review.other", blank_value(Semantic::kEmpty));
  EXPECT_TRUE(validate_report(report).empty());
}

TEST(ValidateTable4, TableNotPrintedIsOneCompletenessWarning) {
  Report report = zero_report("2019");
  testing::set_table(report, "t4", Semantic::kEmpty);
  std::vector<Finding> findings = validate_report(report);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "C-1");
  EXPECT_EQ(findings[0].severity, Severity::kWarning);
  // It names every cell of the table, so a user filtering findings by cell sees it.
  EXPECT_EQ(findings[0].cells, canonical_keys("t4", "2019"));
  EXPECT_FALSE(findings[0].cells.empty());
  EXPECT_EQ(findings[0].message, "表四全部为空（未填报或未能读取），该表的勾稽关系无法核验");
}

TEST(ValidateTable4, NegativeOrDecimalCaseCountsAreErrors) {
  Report report = zero_report("2021");
  set_number(report, "t4.review.other", 0.5);
  set_number(report, "t4.review.pending", -0.5);
  EXPECT_EQ(
      summarize(validate_report(report)),
      (std::vector<std::string>{"T4-2 error t4.review.other", "T4-2 error t4.review.pending"}));
}

}  // namespace
}  // namespace ogi

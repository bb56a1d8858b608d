#include <gtest/gtest.h>

#include "tests/support/validate_report_builder.h"
#include "validate/identity.h"

namespace ogi {
namespace {

using testing::blank_value;
using testing::set_cell;
using testing::set_number;

// 本年新收 + 上年结转 = 办理结果总计 + 结转下年度 over the 总计 column.
Identity balance() {
  return make_identity("T3-1", Severity::kError, "表三 总计列",
                       column_terms("t3", {"new", "carried_over"}, "total"),
                       column_terms("t3", {"total", "carried_forward"}, "total"));
}

Report balance_report(double fresh, double carried, double done, double forward) {
  Report report;
  set_number(report, "t3.new.total", fresh);
  set_number(report, "t3.carried_over.total", carried);
  set_number(report, "t3.total.total", done);
  set_number(report, "t3.carried_forward.total", forward);
  return report;
}

TEST(ValidateIdentity, HoldingIdentityGivesNoFinding) {
  Report report = balance_report(2, 1, 2, 1);
  EXPECT_FALSE(check_identity(balance(), CellLookup(report)));
}

TEST(ValidateIdentity, FailingIdentityNamesLabelsNumbersAndCells) {
  Report report = balance_report(2, 0, 1, 0);
  std::optional<Finding> finding = check_identity(balance(), CellLookup(report));
  ASSERT_TRUE(finding);
  EXPECT_EQ(finding->rule, "T3-1");
  EXPECT_EQ(finding->severity, Severity::kError);
  EXPECT_EQ(finding->message,
            "表三 总计列：本年新收 2 + 上年结转 0 ≠ 办理结果总计 1 + 结转下年度 0");
  EXPECT_EQ(finding->cells,
            (std::vector<std::string>{"t3.new.total", "t3.carried_over.total", "t3.total.total",
                                      "t3.carried_forward.total"}));
  EXPECT_EQ(finding->expected, 2);
  EXPECT_EQ(finding->actual, 1);
}

TEST(ValidateIdentity, BlankCellMakesItUncertain) {
  Report report = balance_report(2, 0, 2, 0);
  set_cell(report, "t3.carried_forward.total", blank_value(Semantic::kEmpty));
  std::optional<Finding> finding = check_identity(balance(), CellLookup(report));
  ASSERT_TRUE(finding);
  EXPECT_EQ(finding->rule, "T3-1");
  EXPECT_EQ(finding->severity, Severity::kWarning);
  EXPECT_EQ(finding->cells, std::vector<std::string>{"t3.carried_forward.total"});
  EXPECT_NE(finding->message.find("无法核验：‘结转下年度/总计’为空"), std::string::npos)
      << finding->message;
  EXPECT_FALSE(finding->expected);
  EXPECT_FALSE(finding->actual);
}

TEST(ValidateIdentity, NaAndTextCellsAreNamedWithWhatWasPrinted) {
  Report report = balance_report(2, 0, 2, 0);
  set_cell(report, "t3.carried_over.total", blank_value(Semantic::kNa, "/"));
  set_cell(report, "t3.total.total", blank_value(Semantic::kText, "见附件"));
  std::optional<Finding> finding = check_identity(balance(), CellLookup(report));
  ASSERT_TRUE(finding);
  EXPECT_EQ(finding->severity, Severity::kWarning);
  EXPECT_NE(finding->message.find("‘上年结转/总计’为“/”（不适用）"), std::string::npos);
  EXPECT_NE(finding->message.find("‘办理结果总计/总计’为文字“见附件”"), std::string::npos);
}

TEST(ValidateIdentity, MissingCellCountsAsEmpty) {
  Report report;
  set_number(report, "t3.new.total", 3);
  std::optional<Finding> finding = check_identity(balance(), CellLookup(report));
  ASSERT_TRUE(finding);
  EXPECT_EQ(finding->severity, Severity::kWarning);
  EXPECT_EQ(finding->cells.size(), 3u);
}

TEST(ValidateIdentity, OnlyEmptyAndZeroCellsHoldTrivially) {
  Report report = balance_report(0, 0, 0, 0);
  set_cell(report, "t3.new.total", blank_value(Semantic::kEmpty));
  set_cell(report, "t3.total.total", blank_value(Semantic::kEmpty));
  EXPECT_FALSE(check_identity(balance(), CellLookup(report)));
}

TEST(ValidateIdentity, NaCountsAsAbsentOnlyWhenAsked) {
  Report report = balance_report(0, 0, 0, 0);
  set_cell(report, "t3.new.total", blank_value(Semantic::kNa, "/"));
  Identity identity = balance();
  EXPECT_TRUE(check_identity(identity, CellLookup(report)));
  identity.na_means_absent = true;
  EXPECT_FALSE(check_identity(identity, CellLookup(report)));
}

TEST(ValidateIdentity, AtMostFailsOnlyWhenLeftExceedsRight) {
  Report report;
  set_number(report, "t3.partial.total", 3);
  set_number(report, "t3.total.total", 3);
  Identity identity = make_identity("T3-8", Severity::kError, "表三 总计列",
                                    column_terms("t3", {"partial"}, "total"),
                                    column_terms("t3", {"total"}, "total"), Relation::kAtMost);
  EXPECT_FALSE(check_identity(identity, CellLookup(report)));
  set_number(report, "t3.partial.total", 4);
  std::optional<Finding> finding = check_identity(identity, CellLookup(report));
  ASSERT_TRUE(finding);
  EXPECT_EQ(finding->message, "表三 总计列：部分公开 4 > 办理结果总计 3");
}

TEST(ValidateIdentity, SilentWhenUncertainIfAsked) {
  Report report = balance_report(2, 0, 2, 0);
  set_cell(report, "t3.new.total", blank_value(Semantic::kEmpty));
  Identity identity = balance();
  identity.report_uncertain = false;
  EXPECT_FALSE(check_identity(identity, CellLookup(report)));
}

TEST(ValidateIdentity, LongSidesAreSummarizedWithTheirNonZeroTerms) {
  Report report;
  std::vector<std::string> rows = {"granted",
                                   "partial",
                                   "denied.state_secret",
                                   "denied.law_prohibited",
                                   "denied.three_safeties",
                                   "denied.third_party",
                                   "denied.inquiry"};
  for (const std::string& row : rows) set_number(report, "t3." + row + ".total", 0);
  set_number(report, "t3.granted.total", 8);
  set_number(report, "t3.denied.inquiry.total", 1);
  set_number(report, "t3.total.total", 10);
  Identity identity =
      make_identity("T3-2", Severity::kError, "表三 总计列", column_terms("t3", rows, "total"),
                    column_terms("t3", {"total"}, "total"));
  identity.left_name = "办理结果各项";
  std::optional<Finding> finding = check_identity(identity, CellLookup(report));
  ASSERT_TRUE(finding);
  EXPECT_EQ(finding->message,
            "表三 总计列：办理结果各项合计 9（其中 予以公开 8、属于行政查询事项 1，其余为0） ≠ "
            "办理结果总计 10");
}

}  // namespace
}  // namespace ogi

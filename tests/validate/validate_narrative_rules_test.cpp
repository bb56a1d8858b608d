#include <gtest/gtest.h>

#include "tests/support/validate_report_builder.h"
#include "validate/validator.h"

namespace ogi {
namespace {

using testing::add_section;
using testing::blank_value;
using testing::set_cell;
using testing::set_number;
using testing::summarize;
using testing::zero_report;

// A consistent 表三 in the 自然人 column: fresh + carried = done + forward.
Report requests_report(double fresh, double carried, double done, double forward) {
  Report report = zero_report("2021");
  auto row = [&report](const std::string& row, double value) {
    set_number(report, "t3." + row + ".natural_person", value);
    set_number(report, "t3." + row + ".total", value);
  };
  row("new", fresh);
  row("carried_over", carried);
  row("granted", done);
  row("total", done);
  row("carried_forward", forward);
  return report;
}

std::vector<Finding> validate_with(Report report, const std::string& text) {
  add_section(report, "s1_overall", text);
  return validate_report(report);
}

TEST(ValidateNarrativeRules, ReceivedMatchingNewOrNewPlusCarriedOverIsAccepted) {
  Report report = requests_report(5, 2, 6, 1);
  EXPECT_TRUE(validate_with(report, "本年共收到政府信息公开申请5件。").empty());
  EXPECT_TRUE(validate_with(report, "本年共受理政府信息公开申请7件，含上年结转2件。").empty());
}

TEST(ValidateNarrativeRules, ReceivedMatchingNeitherIsN1) {
  std::vector<Finding> findings =
      validate_with(requests_report(5, 0, 5, 0), "2022年，我局共收到政府信息公开申请8件。");
  EXPECT_EQ(summarize(findings), std::vector<std::string>{"N-1 warning t3.new.total"});
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].expected, 8);
  EXPECT_EQ(findings[0].actual, 5);
  EXPECT_EQ(findings[0].message,
            "正文称收到政府信息公开申请 8 件，与表三 本年新收/总计 5 不符。原文：“"
            "我局共收到政府信息公开申请8件”");
  findings = validate_with(requests_report(5, 2, 6, 1), "本年共收到政府信息公开申请6件。");
  EXPECT_EQ(summarize(findings),
            std::vector<std::string>{"N-1 warning t3.new.total,t3.carried_over.total"});
}

TEST(ValidateNarrativeRules, NoRequestsReceivedAgainstATableWithRequests) {
  EXPECT_TRUE(validate_with(zero_report("2021"), "本年度未收到政府信息公开申请。").empty());
  EXPECT_EQ(summarize(validate_with(requests_report(1, 0, 1, 0), "本年度未收到政府信息公开申请。")),
            std::vector<std::string>{"N-1 warning t3.new.total"});
}

TEST(ValidateNarrativeRules, BlankTableCellLeavesTheClaimUnchecked) {
  Report report = requests_report(5, 0, 5, 0);
  set_cell(report, "t3.new.total", blank_value(Semantic::kEmpty));
  std::vector<Finding> findings = validate_with(report, "本年共收到政府信息公开申请8件。");
  // The blank 总计 is reported by the identities; the narrative rule has nothing to compare.
  for (const Finding& finding : findings) EXPECT_NE(finding.rule, "N-1");
  EXPECT_FALSE(findings.empty());
}

TEST(ValidateNarrativeRules, CarriedAndCompletedCountsAreN2) {
  const std::string text =
      "本年新收政府信息公开申请5件，上年结转2件，已办结6件，结转下年度继续办理1件。";
  EXPECT_TRUE(validate_with(requests_report(5, 2, 6, 1), text).empty());
  std::vector<Finding> findings = validate_with(requests_report(5, 1, 5, 1), text);
  EXPECT_EQ(summarize(findings), (std::vector<std::string>{"N-2 warning t3.carried_over.total",
                                                           "N-2 warning t3.total.total"}));
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].expected, 2);
  EXPECT_EQ(findings[0].actual, 1);
  EXPECT_EQ(findings[1].message.substr(0, findings[1].message.find("。")),
            "正文称办结 6 件，与表三 办理结果总计/总计 5 不符");
  findings = validate_with(requests_report(5, 2, 5, 2), text);
  EXPECT_EQ(summarize(findings),
            (std::vector<std::string>{"N-2 warning t3.total.total",
                                      "N-2 warning t3.carried_forward.total"}));
}

TEST(ValidateNarrativeRules, ReviewCountAgainstTable4IsN4) {
  Report report = requests_report(1, 0, 1, 0);
  set_number(report, "t4.review.upheld", 1);
  set_number(report, "t4.review.total", 1);
  set_number(report, "t4.litigation_direct.pending", 1);
  set_number(report, "t4.litigation_direct.total", 1);
  set_number(report, "t4.litigation_after_review.upheld", 1);
  set_number(report, "t4.litigation_after_review.total", 1);
  const std::string context = "本年共收到政府信息公开申请1件。";
  EXPECT_TRUE(validate_with(report, context + "因政府信息公开被申请行政复议1件、提起行政诉讼2件。")
                  .empty());
  std::vector<Finding> findings =
      validate_with(report, context + "因政府信息公开被申请行政复议2件、提起行政诉讼3件。");
  EXPECT_EQ(summarize(findings), (std::vector<std::string>{"N-4 warning t4.review.total",
                                                           "N-4 warning t4.litigation_direct.total,"
                                                           "t4.litigation_after_review.total"}));
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[1].expected, 3);
  EXPECT_EQ(findings[1].actual, 2);
}

TEST(ValidateNarrativeRules, AllCompletedWithRequestsCarriedForwardIsN6) {
  const std::string text = "本年共收到政府信息公开申请5件，所有申请均已办结。";
  EXPECT_TRUE(validate_with(requests_report(5, 0, 5, 0), text).empty());
  std::vector<Finding> findings = validate_with(requests_report(5, 0, 4, 1), text);
  EXPECT_EQ(summarize(findings), std::vector<std::string>{"N-6 warning t3.carried_forward.total"});
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].actual, 1);
}

TEST(ValidateNarrativeRules, CasesInTextButNoneInTable4IsN7) {
  const std::string text = "因政府信息公开工作被申请行政复议1件。";
  std::vector<Finding> findings = validate_with(zero_report("2021"), text);
  EXPECT_EQ(summarize(findings), std::vector<std::string>{"N-7 warning t4.review.total"});
  Report blank = zero_report("2021");
  testing::set_table(blank, "t4", Semantic::kEmpty);
  EXPECT_EQ(testing::rules_of(validate_with(blank, text)),
            (std::vector<std::string>{"C-1", "N-7"}));
}

TEST(ValidateNarrativeRules, NoCasesInTextButCasesInTable4IsN7) {
  Report report = zero_report("2021");
  set_number(report, "t4.review.pending", 1);
  set_number(report, "t4.review.total", 1);
  const std::string text = "本年度未发生因政府信息公开引起的行政复议、行政诉讼。";
  std::vector<Finding> findings = validate_with(report, text);
  EXPECT_EQ(summarize(findings), std::vector<std::string>{"N-7 warning t4.review.total"});
  EXPECT_TRUE(validate_with(zero_report("2021"), text).empty());
}

TEST(ValidateNarrativeRules, ClaimsAreFoundInEverySectionAndReportedOnce) {
  Report report = requests_report(5, 0, 5, 0);
  add_section(report, "s1_overall", "本年共收到政府信息公开申请8件。");
  add_section(report, "s3_requests", "本年共收到政府信息公开申请8件。");
  EXPECT_EQ(testing::rules_of(validate_report(report)), std::vector<std::string>{"N-1"});
}

}  // namespace
}  // namespace ogi

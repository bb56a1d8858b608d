#include <gtest/gtest.h>

#include "template/template_keys.h"
#include "tests/support/validate_report_builder.h"
#include "validate/narrative/agency_level.h"
#include "validate/validator.h"

namespace ogi {
namespace {

using testing::blank_value;
using testing::number_value;
using testing::set_cell;
using testing::set_number;
using testing::summarize;
using testing::zero_report;

const std::string kFee = "t2.art20_8.administrative_fees.amount_10k_yuan";
const std::string kDocs = "t2.art20_1.normative_documents.";

TEST(ValidateTable2, PlausibleCountsAndAmountGiveNoFinding) {
  Report report = zero_report("2021");
  set_number(report, kDocs + "issued", 4);
  set_number(report, kDocs + "repealed", 1);
  set_number(report, kDocs + "in_force", 19);
  set_number(report, "t2.art20_5.administrative_license.decisions", 595);
  set_number(report, kFee, 86.03);
  EXPECT_TRUE(validate_report(report).empty());
}

TEST(ValidateTable2, NegativeCountOrAmountIsAnError) {
  Report report = zero_report("2021");
  set_number(report, "t2.art20_6.administrative_penalty.decisions", -3);
  set_number(report, kFee, -1.5);
  std::vector<Finding> findings = validate_report(report);
  EXPECT_EQ(summarize(findings),
            (std::vector<std::string>{"T2-2 error t2.art20_6.administrative_penalty.decisions",
                                      "T2-2 error " + kFee}));
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[1].message, "表二 ‘行政事业性收费/本年收费金额（万元）’为“-1.5”，应为非负数");
}

TEST(ValidateTable2, RepealingMoreThanInForceAndIssuedIsAWarning) {
  Report report = zero_report("2021");
  set_number(report, kDocs + "issued", 2);
  set_number(report, kDocs + "repealed", 5);
  set_number(report, kDocs + "in_force", 1);
  std::vector<Finding> findings = validate_report(report);
  EXPECT_EQ(summarize(findings), std::vector<std::string>{"T2-2 warning " + kDocs + "repealed," +
                                                          kDocs + "in_force," + kDocs + "issued"});
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].message,
            "表二 行政规范性文件：本年废止件数 5 > 现行有效件数 1 + 本年制发件数 2");
  EXPECT_EQ(findings[0].expected, 5);
  EXPECT_EQ(findings[0].actual, 3);
}

TEST(ValidateTable2, BlankBesideNumbersIsUncertainButASlashRowIsNot) {
  Report report = zero_report("2021");
  set_number(report, kDocs + "issued", 2);
  set_cell(report, kDocs + "repealed", blank_value(Semantic::kEmpty));
  set_number(report, kDocs + "in_force", 9);
  for (const char* col : {"issued", "repealed", "in_force"}) {
    set_cell(report, std::string("t2.art20_1.rules.") + col, blank_value(Semantic::kNa, "/"));
  }
  std::vector<Finding> findings = validate_report(report);
  EXPECT_EQ(summarize(findings), std::vector<std::string>{"T2-2 warning " + kDocs + "repealed"});
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_NE(findings[0].message.find("‘行政规范性文件/本年废止件数’为空"), std::string::npos);
}

TEST(ValidateTable2, AllEmptyTableIsOneCompletenessWarning) {
  Report report = zero_report("2021");
  testing::set_table(report, "t2", Semantic::kEmpty);
  std::vector<Finding> findings = validate_report(report);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].rule, "C-1");
  EXPECT_EQ(findings[0].severity, Severity::kWarning);
  // It names every cell of the table, so a user filtering findings by cell sees it.
  EXPECT_EQ(findings[0].cells, canonical_keys("t2", "2021"));
  EXPECT_FALSE(findings[0].cells.empty());
  EXPECT_NE(findings[0].message.find("表二"), std::string::npos);
}

TEST(ValidateTable2, FeeCellPrintedInYuanIsAUnitWarning) {
  Report report = zero_report("2021");
  CellValue value = number_value(5200);
  value.unit = "元";
  value.raw = "5200元";
  set_cell(report, kFee, value);
  std::vector<Finding> findings = validate_report(report);
  EXPECT_EQ(summarize(findings), std::vector<std::string>{"T2-6 warning " + kFee});
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_NE(findings[0].message.find("单元格标注单位为“元”"), std::string::npos);
  EXPECT_EQ(findings[0].actual, 5200);
}

TEST(ValidateTable2, FeeColumnHeadedInYuanIsAUnitWarning) {
  Report report = zero_report("2021");
  set_number(report, kFee, 3.5);
  for (CanonicalCell& cell : report.cells) {
    if (cell.key() == kFee) cell.column_label = "本年收费金额(单位:元)";
  }
  EXPECT_EQ(summarize(validate_report(report)), std::vector<std::string>{"T2-6 warning " + kFee});
  for (CanonicalCell& cell : report.cells) {
    if (cell.key() == kFee) cell.column_label = "本年收费金额(单位:万元)";
  }
  EXPECT_TRUE(validate_report(report).empty());
}

TEST(ValidateTable2, ImplausiblyLargeFeeDependsOnTheAgencyLevel) {
  Report report = zero_report("2021");
  report.meta.agency = "湖州市德清县卫生健康局";
  set_number(report, kFee, 99999);
  EXPECT_TRUE(validate_report(report).empty());
  set_number(report, kFee, 860300);
  EXPECT_EQ(summarize(validate_report(report)), std::vector<std::string>{"T2-6 warning " + kFee});
  report.meta.agency = "陕西省公安厅";
  EXPECT_TRUE(validate_report(report).empty());
  set_number(report, kFee, 2000000);
  EXPECT_EQ(summarize(validate_report(report)), std::vector<std::string>{"T2-6 warning " + kFee});
}

TEST(ValidateTable2, ZeroFeeInYuanSaysNothing) {
  Report report = zero_report("2021");
  CellValue value = number_value(0);
  value.unit = "元";
  value.raw = "0元";
  set_cell(report, kFee, value);
  EXPECT_TRUE(validate_report(report).empty());
}

TEST(ValidateTable2, CumulativePublishedBelowNewlyPublishedIsAWarningIn2019) {
  Report report = zero_report("2019");
  const std::string rules = "t2.art20_1.rules.";
  set_number(report, rules + "new_published", 5);
  set_number(report, rules + "total_published", 5);
  EXPECT_TRUE(validate_report(report).empty());
  set_number(report, rules + "total_published", 3);
  EXPECT_EQ(summarize(validate_report(report)),
            std::vector<std::string>{"T2-4 warning " + rules + "new_published," + rules +
                                     "total_published"});
  set_cell(report, rules + "total_published", blank_value(Semantic::kEmpty));
  EXPECT_EQ(summarize(validate_report(report)),
            std::vector<std::string>{"T2-4 warning " + rules + "total_published"});
}

TEST(ValidateTable2, SignedChangeIn2019IsNotACountError) {
  Report report = zero_report("2019");
  set_number(report, "t2.art20_5.administrative_license.change", -4);
  EXPECT_TRUE(validate_report(report).empty());
}

TEST(ValidateAgencyLevel, ProvincesAndNationalBodiesAreProvinceLevel) {
  EXPECT_TRUE(is_province_level_agency("陕西省公安厅"));
  EXPECT_TRUE(is_province_level_agency("陕西省市场监督管理局"));
  EXPECT_TRUE(is_province_level_agency("福建省住房和城乡建设厅"));
  EXPECT_TRUE(is_province_level_agency("广西壮族自治区交通运输厅"));
  EXPECT_TRUE(is_province_level_agency("上海市财政局"));
  EXPECT_TRUE(is_province_level_agency("交通运输部"));
  EXPECT_FALSE(is_province_level_agency("湖北省武汉市交通运输局"));
  EXPECT_FALSE(is_province_level_agency("上海市黄浦区教育局"));
  EXPECT_FALSE(is_province_level_agency("广西壮族自治区南宁市教育局"));
  EXPECT_FALSE(is_province_level_agency("湖州市公安局"));
  EXPECT_FALSE(is_province_level_agency("友好区人社局"));
}

}  // namespace
}  // namespace ogi

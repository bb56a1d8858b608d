#include "layout/labels/section_splitter.h"

#include <gtest/gtest.h>

#include "layout/report_meta/report_metadata.h"

namespace ogi {
namespace {

TEST(SplitSections, OfficialAndVariantHeadings) {
  const std::vector<std::string> paragraphs = {
      "陕西省公安厅",
      "2019年政府信息公开工作年度报告",
      "本报告根据……编制。",
      "一、总体情况",
      "2019年度，我厅共收到政府信息公开申请14件。",
      "二、主动公开政府信息情况",
      "三、收到和处理政府信息公开申请情况",
      "四、因政府信息公开工作被申请行政复议和提起行政诉讼情况",
      "五、政府信息公开工作存在的主要问题及改进情况",
      "存在问题。",
      "六、需要说明的其他事项",
      "无。"};
  size_t first_heading = 0;
  const auto sections = split_sections(paragraphs, &first_heading);
  ASSERT_EQ(sections.size(), 6u);
  EXPECT_EQ(first_heading, 3u);
  EXPECT_EQ(sections[0].key, "s1_overall");
  EXPECT_EQ(sections[0].text, "2019年度，我厅共收到政府信息公开申请14件。");
  EXPECT_EQ(sections[3].key, "s4_review_litigation");
  EXPECT_EQ(sections[4].key, "s5_problems");
  EXPECT_EQ(sections[4].text, "存在问题。");
  EXPECT_EQ(sections[5].key, "s6_other");
}

TEST(SplitSections, RestartedNumberingInsideOverallIsNotASection) {
  const std::vector<std::string> paragraphs = {"一、总体情况", "一、主动公开", "全年主动公开。",
                                               "二、主动公开政府信息情况", "表二。"};
  const auto sections = split_sections(paragraphs);
  ASSERT_EQ(sections.size(), 2u);
  EXPECT_EQ(sections[0].text, "一、主动公开\n全年主动公开。");
  EXPECT_EQ(sections[1].key, "s2_active");
}

TEST(ExtractIdentity, TwoLineTitleAndChineseDate) {
  const std::vector<std::string> paragraphs = {"陕西省公安厅", "2019年政府信息公开工作年度报告",
                                               "一、总体情况", "正文。",
                                               "陕西省公安厅", "二〇二〇年三月十八日"};
  const AgencyYearDate printed = read_agency_year_date(paragraphs, 2);
  EXPECT_EQ(printed.agency, "陕西省公安厅");
  EXPECT_EQ(printed.year, 2019);
  EXPECT_EQ(printed.published, "2020-03-18");
}

TEST(ExtractIdentity, OneLineTitleWithSpacesAndRedHeader) {
  const std::vector<std::string> paragraphs = {
      "福州市长乐区人力资源和社会保障局文件",
      "福州市长乐区人力资源和社会保障局 2021 年度政府信息公开工作年度报告", "一、总体情况",
      "2022年1月20日"};
  const AgencyYearDate printed = read_agency_year_date(paragraphs, 2);
  EXPECT_EQ(printed.agency, "福州市长乐区人力资源和社会保障局");
  EXPECT_EQ(printed.year, 2021);
  EXPECT_EQ(printed.published, "2022-01-20");
}

TEST(ExtractIdentity, NoTitleFallsBackToStatisticsPeriod) {
  const std::vector<std::string> paragraphs = {
      "本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。", "一、总体情况"};
  const AgencyYearDate printed = read_agency_year_date(paragraphs, 1);
  EXPECT_FALSE(printed.agency.has_value());
  EXPECT_EQ(printed.year, 2023);
  EXPECT_FALSE(printed.published.has_value());
}

// OCR of a large title font misreads glyphs the body-size signature gets right.
TEST(ExtractIdentity, SignatureSpellingBeatsAMisreadTitle) {
  const std::vector<std::string> paragraphs = {
      "所月市择页区农业农村局2022年度政府信息公开工作年度报告", "一、总体情况", "正文。",
      "昆明市呈贡区农业农村局", "2023人年3月12日"};
  const AgencyYearDate printed = read_agency_year_date(paragraphs, 1);
  EXPECT_EQ(printed.agency, "昆明市呈贡区农业农村局");
  EXPECT_EQ(printed.published, "2023-03-12");  // the stray glyph before 年 is skipped
}

// A title the text names more often than the signature's spelling stands; so does a title whose
// name is longer than the signature's (two forms of one name, not a misreading).
TEST(ExtractIdentity, TitleStandsWhenTheTextBacksItOrTheFormsDiffer) {
  const std::vector<std::string> backed = {"湖州市德清县卫生健康局2020年政府信息公开工作年度报告",
                                           "一、总体情况", "请与湖州市德清县卫生健康局办公室联系。",
                                           "湖州市德靖县卫生健康局", "2021年3月24日"};
  EXPECT_EQ(read_agency_year_date(backed, 1).agency, "湖州市德清县卫生健康局");
  const std::vector<std::string> short_signature = {
      "昆明市呈贡区农业农村局2022年度政府信息公开工作年度报告", "一、总体情况", "正文。",
      "呈贡区农业农村局", "2023年3月12日"};
  EXPECT_EQ(read_agency_year_date(short_signature, 1).agency, "昆明市呈贡区农业农村局");
}

}  // namespace
}  // namespace ogi

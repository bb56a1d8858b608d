#include "layout/labels/label_match.h"

#include <gtest/gtest.h>

#include "normalize/text_normalize.h"

namespace ogi {
namespace {

TEST(StripEnumeration, RemovesStackedMarkers) {
  EXPECT_EQ(strip_enumeration("三、(一)予以公开"), "予以公开");
  EXPECT_EQ(strip_enumeration("1.属于国家秘密"), "属于国家秘密");
  EXPECT_EQ(strip_enumeration("(七)总计"), "总计");
  EXPECT_EQ(strip_enumeration("四、结转下年度继续办理"), "结转下年度继续办理");
  EXPECT_EQ(strip_enumeration("2、重复申请"), "重复申请");
  // OCR lost or moved the item number's dot ("3.其他" read as "3其他.").
  EXPECT_EQ(strip_enumeration("3其他."), "其他.");
  EXPECT_EQ(strip_enumeration("(六)12申请人逾期未按收费通知要求缴纳费用"),
            "申请人逾期未按收费通知要求缴纳费用");
}

TEST(StripEnumeration, KeepsNumbersThatAreNotMarkers) {
  EXPECT_EQ(strip_enumeration("1.5"), "1.5");
  EXPECT_EQ(strip_enumeration("第二十条第(一)项"), "第二十条第(一)项");
  EXPECT_EQ(strip_enumeration("属于三类内部事务信息"), "属于三类内部事务信息");
  EXPECT_EQ(strip_enumeration("2021年"), "2021年");
  EXPECT_EQ(strip_enumeration("12.94"), "12.94");
}

TEST(SplitEnumeratedParts, SplitsMergedGroupAndItem) {
  const auto parts = split_enumerated_parts(compact_label("（三）不予公开 1.属于国家秘密"));
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts[0], "不予公开");
  EXPECT_EQ(parts[1], "属于国家秘密");
  EXPECT_EQ(split_enumerated_parts("第二十条第(一)项").size(), 1u);
}

TEST(LabelSimilarity, ExactPrefixAndTypo) {
  EXPECT_DOUBLE_EQ(label_similarity("总计", "总计"), 1.0);
  EXPECT_GT(label_similarity("本年增/减(减用负值表示,如-8)", "本年增/减"), 0.85);
  // A real report prints "其他法律行政止公开".
  EXPECT_GE(label_similarity("其他法律行政止公开", "其他法律行政法规禁止公开"), kMinLabelScore);
  EXPECT_LT(label_similarity("本年新收政府信息公开申请数量", "上年结转政府信息公开申请数量"),
            kMinLabelScore);
  EXPECT_EQ(label_similarity("", "总计"), 0.0);
}

// A scan invents and drops punctuation: a speck read as ":" before the label, the faint closing
// quote lost. Without them the label is whole; a different label still is not.
TEST(LabelSimilarity, PunctuationOcrInventedOrLost) {
  const std::string label = strip_enumeration(compact_label("3.危及“三安全一稳定”"));
  const std::string read = strip_enumeration(compact_label("3.:危及“三安全一稳定"));
  EXPECT_GE(label_similarity(read, label), 0.9);
  EXPECT_LT(label_similarity(read, label), label_similarity(label, label));
  EXPECT_LT(label_similarity(strip_enumeration(compact_label("4.保护第三方合法权益")), label),
            kMinLabelScore);
}

TEST(BestLabelMatch, PrefersExactOverPrefix) {
  const std::vector<LabelledKey> candidates = {{"other.other", {"其他"}}, {"other", {"其他处理"}}};
  EXPECT_EQ(best_label_match("其他处理", candidates).index, 1);
  EXPECT_EQ(best_label_match("其他", candidates).index, 0);
  EXPECT_EQ(best_label_match("申请人情况", candidates).index, -1);
}

}  // namespace
}  // namespace ogi

#include <gtest/gtest.h>

#include "validate/narrative/narrative_numbers.h"
#include "validate/narrative/narrative_text.h"
#include "validate/narrative/word_search.h"

namespace ogi {
namespace {

// Claims as "topic count" strings ("received 14", "review 0 negated", "all_completed").
std::vector<std::string> claims(const std::string& text) {
  static const char* names[] = {"received",      "carried_over", "carried_forward", "completed",
                                "all_completed", "review",       "litigation"};
  std::vector<std::string> lines;
  for (const NarrativeClaim& claim : find_claims(text)) {
    std::string line = names[static_cast<int>(claim.topic)];
    if (claim.count) line += " " + std::to_string(*claim.count);
    if (claim.negated) line += " negated";
    lines.push_back(line);
  }
  return lines;
}

using Lines = std::vector<std::string>;

TEST(ValidateNarrativeNumbers, ReceivedRequestsInTheWordingsReportsUse) {
  EXPECT_EQ(claims("2021年，我局共收到政府信息公开申请14件，均在法定期限内依法依规予以答复。"),
            Lines{"received 14"});
  EXPECT_EQ(claims("2024 年，我局收到依申请公开的事项 2 件，已依法依规办结 2 件。"),
            (Lines{"received 2", "completed 2"}));
  EXPECT_EQ(claims("2021年度，我局受理“依申请公开政府信息”数为2件。"), Lines{"received 2"});
  EXPECT_EQ(claims("2024年我局\n收到1项依申请公开申请，按照答复要求已向申请人进行了\n答复。"),
            Lines{"received 1"});
  EXPECT_EQ(claims("全年共收到政府信息公开申请1,234件。"), Lines{"received 1234"});
  EXPECT_EQ(claims("全年共收到政府信息公开申请20件（其中当面申请2件，网络申请18件）。"),
            Lines{"received 20"});
  // Split by channel in one clause: no total to check.
  EXPECT_EQ(claims("本年通过网上平台收到申请12件、信函申请3件。"), Lines{});
}

TEST(ValidateNarrativeNumbers, SentencesAndParagraphs) {
  std::vector<NarrativeSentence> sentences =
      split_sentences("共收到申请5件，已办结 5 件。已全部\n按期办结。 \n\n下一段。");
  ASSERT_EQ(sentences.size(), 3u);
  EXPECT_EQ(u32_to_utf8(sentences[1].text), "已全部按期办结。");
  EXPECT_EQ(sentences[1].clauses.size(), 1u);
  EXPECT_EQ(u32_to_utf8(sentences[0].clauses[1]), "已办结5件。");
  // A line break after sentence punctuation ends the paragraph, and with it the context.
  EXPECT_EQ(u32_to_utf8(sentences[2].context), "下一段。");
  EXPECT_EQ(u32_to_utf8(sentences[1].context), "共收到申请5件,已办结5件。已全部按期办结。");
}

TEST(ValidateNarrativeNumbers, NoRequestsReceivedIsZero) {
  EXPECT_EQ(claims("2023年度我局未收到政府信息公开申请，我局将严格规范依申请公开工作。"),
            Lines{"received 0 negated"});
  EXPECT_EQ(claims("2022年，我局共收到政府信息公开申请0件。"), Lines{"received 0"});
}

TEST(ValidateNarrativeNumbers, ChineseNumeralCounts) {
  EXPECT_EQ(claims("全年共收到政府信息公开申请十二件。"), Lines{"received 12"});
  EXPECT_EQ(claims("本年度收到政府信息公开申请两件。"), Lines{"received 2"});
  EXPECT_EQ(claims("本年度收到政府信息公开申请一件。"), Lines{"received 1"});
  EXPECT_EQ(parse_chinese_number(U"二十"), 20);
  EXPECT_EQ(parse_chinese_number(U"一百零五"), 105);
  EXPECT_EQ(parse_chinese_number(U"零"), 0);
  EXPECT_FALSE(parse_chinese_number(U"十百"));
}

TEST(ValidateNarrativeNumbers, FullBreakdownSentence) {
  EXPECT_EQ(claims("2019年，我厅新收政府信息公开申请617件，上年结转8件，已办结616件，"
                   "结转下年度继续办理9件。"),
            (Lines{"received 617", "carried_over 8", "completed 616", "carried_forward 9"}));
  EXPECT_EQ(claims("2019年度我厅共收到依申请公开86件，其中自然人申请76件，法人或其他组织申请10件。"
                   "另有上年结转申请4件，本年共办结89件，结转下年度1件。"),
            (Lines{"received 86", "carried_over 4", "completed 89", "carried_forward 1"}));
}

TEST(ValidateNarrativeNumbers, ReceivedIncludingCarriedOverAndNumberBeforeTheVerb) {
  EXPECT_EQ(
      claims("2025年共受理政府信息公开申请314件，含上年结转政府信息公开申请5件。"
             "其中312件已经按要求办理完毕，2件结转2026年办理。"
             "有1件当事人提起行政复议，复议维持我厅决定。"),
      (Lines{"received 314", "carried_over 5", "completed 312", "carried_forward 2", "review 1"}));
  EXPECT_EQ(claims("全年共受理依申请公开事项6件（含上年结转1件）。"),
            (Lines{"received 6", "carried_over 1"}));
}

TEST(ValidateNarrativeNumbers, AllCompletedNeedsRequestsNearby) {
  EXPECT_EQ(claims("2020年度我局共收到依申请公开9件，其中自然人申请7件。已全部按期办结。"),
            (Lines{"received 9", "all_completed"}));
  EXPECT_EQ(claims("所有申请均已办结。"), Lines{"all_completed"});
  EXPECT_EQ(claims("2019年我厅共承办建议提案34件，均按时办结并依法公开办理结果。"), Lines{});
  EXPECT_EQ(claims("收到的申请尚未全部办结。"), Lines{});
}

TEST(ValidateNarrativeNumbers, OtherNumbersAreNotRequestCounts) {
  EXPECT_EQ(claims("2019年，我厅主动公开政府信息1357条，其中机构职能64条。"), Lines{});
  EXPECT_EQ(claims("本年度未收到涉及政府信息公开的投诉举报。"), Lines{});
  EXPECT_EQ(claims("2023年受理12345便民服务平台各类咨询反映1914件，均有效回复。"), Lines{});
  EXPECT_EQ(claims("2023年承办人大、政协代表建议4件，办理结果复文在区政府网站公开。"), Lines{});
  EXPECT_EQ(claims("共答复政府信息公开申请5件。"), Lines{});
  EXPECT_EQ(claims("依申请公开的法定办结时限为20个工作日。"), Lines{});
  EXPECT_EQ(claims("全年共办结行政许可申请595件。"), Lines{});
  EXPECT_EQ(claims("打造群众眼中的沉浸式一件事服务，方便申请人办事。"), Lines{});
  EXPECT_EQ(claims("全文包括总体情况、政府信息公开行政复议及行政诉讼情况、存在的主要问题及改进情况"
                   "等六部分。"),
            Lines{});
}

TEST(ValidateNarrativeNumbers, ReviewAndLitigationCounts) {
  EXPECT_EQ(claims("本年度未发生因政府信息公开引起的行政复议、行政诉讼。"),
            (Lines{"review 0 negated", "litigation 0 negated"}));
  EXPECT_EQ(claims("因政府信息公开被申请行政复议2件、提起行政诉讼1件。"),
            (Lines{"review 2", "litigation 1"}));
  EXPECT_EQ(claims("因政府信息公开工作被申请行政复议、提起行政诉讼共2件。"), Lines{});
  EXPECT_EQ(claims("收到因政府信息公开申请引起的行政复议1件，结果维持1件。"), Lines{"review 1"});
  // A 司法局 handles reviews as the review organ: not cases against its disclosure work.
  EXPECT_EQ(claims("全年共办理行政复议案件120件，有力保障了申请人合法权益。"), Lines{});
  EXPECT_EQ(claims("未发生因政府信息公开工作引发的责任追究情况。"), Lines{});
}

TEST(ValidateNarrativeNumbers, CountsNeedAUnitAndAreNotOrdinalsOrApproximations) {
  auto values = [](const std::u32string& clause) {
    std::vector<long long> found;
    for (const CountMention& count : find_counts(clause)) found.push_back(count.value);
    return found;
  };
  EXPECT_EQ(values(U"2024年收到申请3件"), std::vector<long long>{3});
  EXPECT_EQ(values(U"发布信息670余条"), std::vector<long long>{});
  EXPECT_EQ(values(U"第二十条第一项"), std::vector<long long>{});
  EXPECT_EQ(values(U"金额1.5件"), std::vector<long long>{});
  EXPECT_EQ(values(U"一起研究"), std::vector<long long>{});
}

}  // namespace
}  // namespace ogi

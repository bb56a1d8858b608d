#include "normalize/text_normalize.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "tests/support/test_paths.h"

namespace ogi {
namespace {

TEST(NormalizeText, FullWidthFormsBecomeAscii) {
  EXPECT_EQ(normalize_text("２０２４年（一）ＡＢＣ：１，２"), "2024年(一)ABC:1,2");
  EXPECT_EQ(normalize_text("［１］"), "[1]");
}

TEST(NormalizeText, WhitespaceVariantsFoldToOneSpace) {
  EXPECT_EQ(normalize_text("a\u00A0\u00A0b"), "a b");
  EXPECT_EQ(normalize_text("a\t\tb"), "a b");
  EXPECT_EQ(normalize_text("a\u3000b"), "a b");
  EXPECT_EQ(normalize_text("a \r b"), "a b");
  EXPECT_EQ(normalize_text("  \t一、总体情况\u00A0 "), "一、总体情况");
  EXPECT_EQ(normalize_text(" \u3000\n\t"), "");
}

TEST(NormalizeText, SpacesNextToCjkAreRemoved) {
  EXPECT_EQ(normalize_text("2024 年 1 月"), "2024年1月");
  EXPECT_EQ(normalize_text("一、 总体 情况"), "一、总体情况");
  EXPECT_EQ(normalize_text("结 果 维 持"), "结果维持");
  EXPECT_EQ(normalize_text("总体\u3000情况"), "总体情况");
  EXPECT_EQ(normalize_text("在 “ 智慧友好 ” 微信"), "在“智慧友好”微信");
  EXPECT_EQ(normalize_text("《 条例 》 规定"), "《条例》规定");
  EXPECT_EQ(normalize_text("第 一 章 … 结束"), "第一章...结束");
}

TEST(NormalizeText, SpacesBetweenAsciiTokensStay) {
  EXPECT_EQ(normalize_text("N / A"), "N / A");
  EXPECT_EQ(normalize_text("1 2"), "1 2");
  EXPECT_EQ(normalize_text("see   http://a.b  now"), "see http://a.b now");
}

// NFKC turns full-width punctuation into ASCII; a space next to it still touches CJK text.
TEST(NormalizeText, PunctuationBetweenCjkAndSpaceIsLookedThrough) {
  EXPECT_EQ(normalize_text("共 11 条 ， 2024 年"), "共11条,2024年");
  EXPECT_EQ(normalize_text("电话： 0598-5822058 ， 电子邮箱"), "电话:0598-5822058,电子邮箱");
  EXPECT_EQ(normalize_text("1, 2"), "1, 2");
  EXPECT_EQ(normalize_text("(1) 2"), "(1) 2");
}

TEST(NormalizeText, InvisibleCharactersAreDropped) {
  EXPECT_EQ(normalize_text("政\u200B府\u200C信\u200D息\uFEFF公开"), "政府信息公开");
  EXPECT_EQ(normalize_text("infor\u00ADmation"), "information");
  EXPECT_EQ(normalize_text("\uFEFF2024 年"), "2024年");
  EXPECT_EQ(normalize_text("a\x01\x7F b"), "a b");
}

TEST(NormalizeText, InvalidUtf8BecomesReplacementCharacter) {
  EXPECT_EQ(normalize_text("\xFF"
                           "abc"),
            "\xEF\xBF\xBD"
            "abc");
  EXPECT_EQ(normalize_text("年\xE5\x80"), "年\xEF\xBF\xBD");
}

TEST(NormalizeText, LineBreaksAreWhitespaceWithoutKeepNewlines) {
  EXPECT_EQ(normalize_text("商业\n企业"), "商业企业");
  EXPECT_EQ(normalize_text("1\n2"), "1 2");
  EXPECT_EQ(normalize_text("第一段。\n第二段。"), "第一段。第二段。");
  EXPECT_EQ(normalize_text("foo\r\nbar\u2028baz"), "foo bar baz");
  // Seed 004, a table label printed over three lines.
  EXPECT_EQ(normalize_text("三、本\n\n年度办\n\n理结果"), "三、本年度办理结果");
}

TEST(NormalizeText, KeepNewlinesJoinsHardWrapsInsideAParagraph) {
  EXPECT_EQ(normalize_text("我局严格按照《条例》（以\n下简称《条例》）要求。", true),
            "我局严格按照《条例》(以下简称《条例》)要求。");
  EXPECT_EQ(normalize_text("hard\nwrapped text", true), "hard wrapped text");
}

TEST(NormalizeText, KeepNewlinesKeepsBreaksAfterSentencesAndBeforeHeadings) {
  EXPECT_EQ(normalize_text("第一段结束。\n第二段开始", true), "第一段结束。\n第二段开始");
  EXPECT_EQ(normalize_text("问题如下：\n（一）公开深度不够", true), "问题如下:\n(一)公开深度不够");
  EXPECT_EQ(normalize_text("引用“原文。”\n下一段", true), "引用“原文。”\n下一段");
  EXPECT_EQ(normalize_text("工作开展情况\n二、主动公开政府信息情况", true),
            "工作开展情况\n二、主动公开政府信息情况");
  EXPECT_EQ(normalize_text("见下文\n1. 主动公开", true), "见下文\n1.主动公开");
  EXPECT_EQ(normalize_text("（一）主动公开\n我局严格按照", true), "(一)主动公开\n我局严格按照");
}

TEST(NormalizeText, KeepNewlinesDoesNotTakeNumbersForHeadings) {
  EXPECT_EQ(normalize_text("发布信息共\n2024 年度", true), "发布信息共2024年度");
  EXPECT_EQ(normalize_text("金额为\n1.5 万元", true), "金额为1.5万元");
  EXPECT_EQ(normalize_text("文号为\n(2024)12 号", true), "文号为(2024)12号");
}

TEST(NormalizeText, KeepNewlinesCollapsesBlankLinesAndCrLf) {
  EXPECT_EQ(normalize_text("第一段。\r\n\r\n\r\n第二段。\r\n", true), "第一段。\n第二段。");
  EXPECT_EQ(normalize_text("\n\n第一段。\f第二段。\n\n", true), "第一段。\n第二段。");
}

TEST(NormalizeText, SeedSnippets) {
  // Seeds 000 and 004: PDF text puts spaces around every number.
  EXPECT_EQ(normalize_text("2024 年政府信息公开工作年度报告"), "2024年政府信息公开工作年度报告");
  EXPECT_EQ(
      normalize_text("报告中所列数据的统计期限自 2024 年 1 月 1 日起至 2024 年 12 月 31 日止。"),
      "报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。");
  EXPECT_EQ(normalize_text(
                "（地址：沙县区长泰南路公园一号 1 号楼 3 楼，邮编：365050，电话：0598-5822058，"
                "电子邮箱：sxrsjbg@163.com）"),
            "(地址:沙县区长泰南路公园一号1号楼3楼,邮编:365050,电话:0598-5822058,"
            "电子邮箱:sxrsjbg@163.com)");
  EXPECT_EQ(normalize_text("1. 主动公开政府信息情况"), "1.主动公开政府信息情况");
  EXPECT_EQ(normalize_text("2024 年度我局主动公开政府信息共 267 条，其中：主动公开内容 78 条，"),
            "2024年度我局主动公开政府信息共267条,其中:主动公开内容78条,");
  // Seed 003.
  EXPECT_EQ(normalize_text("福州市长乐区人力资源和社会保障局 2021 年度政府信息公开工作年度报告"),
            "福州市长乐区人力资源和社会保障局2021年度政府信息公开工作年度报告");
  EXPECT_EQ(
      normalize_text("本报告在福州市长乐区人民政府网站 (<http://www.fzcl.gov.cn/>) "
                     "“政府信息公开年度报告”公布"),
      "本报告在福州市长乐区人民政府网站(<http://www.fzcl.gov.cn/>)“政府信息公开年度报告”公布");
  EXPECT_EQ(normalize_text("\t(二) 部分公开（区分处理的，只计这一情形，不计其他情形）\t0\t0"),
            "(二)部分公开(区分处理的,只计这一情形,不计其他情形)0 0");
  // Seed 001 is already clean and must come back unchanged.
  const std::string clean = "(一)主动公开:2023年,通过涵江区人民政府网站主动公开政府信息33件,";
  EXPECT_EQ(normalize_text(clean), clean);
  // Seed 004 table label in a cell.
  EXPECT_EQ(normalize_text("3. 危及“三安全一稳定”"), "3.危及“三安全一稳定”");
}

TEST(NormalizeText, SeedHardWrappedNarrative) {
  // Seed 004: PDF text wrapped at a fixed width, with a blank line after every line.
  const std::string wrapped =
      "（一）主动公开\n\n"
      "我局严格按照《中华人民共和国政府信息公开条例》（以\n\n"
      "下简称《条例》）要求，结合职能职责做好政府信息主动公\n\n"
      "开，2024 年度在区政府网站发布招聘信息 11 条，在“智慧\n\n"
      "友好”微信平台发布信息 21 条，在“友好党建”微信平台\n\n"
      "发布信息 5 条，在“友好人社”微信平台发布信息 670 余条，\n\n"
      "较好地完成了政府信息公开各项工作任务，充分保障了广大\n\n"
      "人民群众的知情权。\n\n"
      "（二）依申请公开\n";
  EXPECT_EQ(normalize_text(wrapped, true),
            "(一)主动公开\n"
            "我局严格按照《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,结合职能职责做好"
            "政府信息主动公开,2024年度在区政府网站发布招聘信息11条,在“智慧友好”微信平台发布信息21"
            "条,在“友好党建”微信平台发布信息5条,在“友好人社”微信平台发布信息670余条,较好地完成了"
            "政府信息公开各项工作任务,充分保障了广大人民群众的知情权。\n"
            "(二)依申请公开");
}

TEST(NormalizeText, SeedUnwrappedTextKeepsTitleLinesApart) {
  // Seed 000: one paragraph per line; titles have no punctuation, and a page break cut the
  // paragraph after "按照".
  const std::string text =
      "三明市沙县区人力资源和社会保障局\n\n"
      "2024 年政府信息公开工作年度报告\n\n"
      "5. 监督保障情况\n\n"
      "2024 年，区人社局认真贯彻落实《中华人民共和国政府信息公开条例》，确保维护机制顺畅。按照\n\n"
      "上级政府信息公开文件精神和工作要求，严格信息审核、信息监督，自觉接受人民群众的监督。\n\n"
      "（二）政务公开工作要点落实情况\n";
  EXPECT_EQ(normalize_text(text, true),
            "三明市沙县区人力资源和社会保障局\n"
            "2024年政府信息公开工作年度报告\n"
            "5.监督保障情况\n"
            "2024年,区人社局认真贯彻落实《中华人民共和国政府信息公开条例》,确保维护机制顺畅。按照"
            "上级政府信息公开文件精神和工作要求,严格信息审核、信息监督,自觉接受人民群众的监督。\n"
            "(二)政务公开工作要点落实情况");
}

TEST(NormalizeText, IsIdempotent) {
  const std::string samples[] = {"2024 年 1 月 ， N / A", "三、本\n\n年度办\n\n理结果",
                                 "第一段。\n\n第二 段", "″引号″ 【括号】", "a\u00A0 b\t\u200Bc"};
  for (const std::string& sample : samples) {
    for (bool keep_newlines : {false, true}) {
      const std::string once = normalize_text(sample, keep_newlines);
      EXPECT_EQ(normalize_text(once, keep_newlines), once) << sample;
    }
  }
}

TEST(NormalizeText, SeedFileParagraphsSurviveWhole) {
  if (!testing::has_shared_dir()) GTEST_SKIP() << "shared data not available";
  const auto path = testing::shared_dir() / "seeds" / "004_2306ae272cf1740f.txt";
  std::ifstream in(path);
  if (!in) GTEST_SKIP() << "seed 004 not available";
  std::stringstream content;
  content << in.rdbuf();
  const std::string text = normalize_text(content.str(), true);
  // Sentences the PDF wrapped over two or three lines come back in one piece.
  EXPECT_NE(text.find("依申请公开程序依法合规。2024年我局收到1项依申请公开申请,"),
            std::string::npos);
  EXPECT_NE(text.find("严把信息政治关、政策关、格式关、文字关,切实保证信息质量。"),
            std::string::npos);
  // Section headings stay on lines of their own.
  EXPECT_NE(text.find("\n一、总体情况\n"), std::string::npos);
  EXPECT_NE(text.find("\n五、存在的主要问题及改进情况\n"), std::string::npos);
  EXPECT_EQ(text.find("  "), std::string::npos);
}

// Large and pathological inputs come out right; how long they take is measured by
// bench/normalize_bench.sh (a wall-clock bound here failed under load).
TEST(NormalizeText, LargeInputKeepsItsShape) {
  const std::string paragraph =
      "我局严格按照《中华人民共和国政府信息公开条例》（以\n\n下简称《条例》）要求，结合 2024 年度 "
      "11 条 ， N / A\u00A0\u200B。\n";
  std::string big;
  while (big.size() < 1'000'000) big += paragraph;
  const std::string pathological(200'000, '-');  // no space, one huge line
  std::string spaced;
  while (spaced.size() < 200'000) spaced += "- ";
  EXPECT_EQ(normalize_text(big, true).substr(0, 30), normalize_text(paragraph, true).substr(0, 30));
  EXPECT_EQ(normalize_text(spaced).size(), spaced.size() - 1);
  EXPECT_EQ(normalize_text(pathological), pathological);
}

TEST(CompactLabel, RemovesAllWhitespaceAndUnifiesBrackets) {
  EXPECT_EQ(compact_label("结 果 维 持"), "结果维持");
  EXPECT_EQ(compact_label("商业\n企业"), "商业企业");
  EXPECT_EQ(compact_label("N / A"), "N/A");
  EXPECT_EQ(compact_label("【括号】〔2019〕［x］〖y〗"), "[括号](2019)[x][y]");
  EXPECT_EQ(compact_label("本年收费金额（单位：万元）"), "本年收费金额(单位:万元)");
}

TEST(CompactLabel, UnifiesQuotes) {
  EXPECT_EQ(compact_label("3. 危及“三安全一稳定”"), "3.危及\"三安全一稳定\"");
  EXPECT_EQ(compact_label("「甲」『乙』‘丙’\"丁\"'戊'″己″"),
            "\"甲\"\"乙\"\"丙\"\"丁\"\"戊\"\"己\"");
}

TEST(CompactLabel, KeepsEnumerationComma) {
  EXPECT_EQ(compact_label("三、本\n年度办理结果"), "三、本年度办理结果");
  EXPECT_EQ(compact_label("1、属于国家秘密"), "1、属于国家秘密");
}

TEST(CompactLabel, SeedVariantsOfOneLabelMatch) {
  const std::string expected = "(二)部分公开(区分处理的,只计这一情形,不计其他情形)";
  // Seed 004 (wrapped PDF), seed 000 (tab-separated text), seed 001 (Markdown), brief example.
  EXPECT_EQ(compact_label("（二）部分公开（区分处理的，只计这一情形，\n\n不计其他情形）"),
            expected);
  EXPECT_EQ(compact_label("(二) 部分公开（区分处理的，只计这一情形，不计其他情形）"), expected);
  EXPECT_EQ(compact_label(" (二)部分公开(区分处理的,只计这一情形,不计其他情形) "), expected);
  EXPECT_EQ(compact_label("（二）部分公开（区分处理的，只计这一\n情形，不计其他情形）"), expected);
}

}  // namespace
}  // namespace ogi

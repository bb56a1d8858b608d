// The text-dump backend (extractors/text) and the layout step that rebuilds the tables a dump only
// implies (layout/structure/text_dump/dump_tables.h), on small dumps written here.
#include "extractors/text/text_extractor.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>

#include "output/report_json.h"
#include "pipeline/pipeline.h"

namespace ogi {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

class TempDump {
 public:
  explicit TempDump(const std::string& content)
      : path_(fs::temp_directory_path() /
              ("ogi_text_test_" + std::to_string(::getpid()) + "_" +
               ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".txt")) {
    std::ofstream(path_, std::ios::binary) << content;
  }
  ~TempDump() { fs::remove(path_); }
  std::string path() const { return path_.string(); }

 private:
  fs::path path_;
};

std::vector<std::string> paragraph_texts(const Document& document) {
  std::vector<std::string> texts;
  for (const Block& block : document.body) {
    if (block.kind == BlockKind::kParagraph) texts.push_back(document.paragraphs[block.index].text);
  }
  return texts;
}

std::string text_at(const Table& table, int row, int col) {
  for (const TableCell& cell : table.cells) {
    if (cell.row == row && cell.col == col) return cell.text;
  }
  return "<none>";
}

json record_of(const std::string& path) {
  return json::parse(report_to_json(process_file(path).report).dump());
}

std::map<std::string, json> values_by_key(const json& record) {
  std::map<std::string, json> values;
  for (const json& cell : record["cells"]) {
    values[cell["table"].get<std::string>() + "." + cell["row"].get<std::string>() + "." +
           cell["col"].get<std::string>()] = cell["value"];
  }
  return values;
}

TEST(TextExtractor, TabSeparatedRowsBecomeOneNativeTable) {
  const TempDump dump("标题\n规章\t0\t0\t3\n\n行政规范性文件\t2\t1\t15\n正文\n");
  const Document document = extract_text(dump.path());
  EXPECT_EQ(document.format, "txt");
  ASSERT_EQ(document.tables.size(), 1u);  // the blank line between rows does not split it
  const Table& table = document.tables[0];
  EXPECT_EQ(table.row_count, 2);
  EXPECT_EQ(table.col_count, 4);
  EXPECT_EQ(text_at(table, 0, 0), "规章");
  EXPECT_EQ(text_at(table, 1, 3), "15");
  EXPECT_EQ(paragraph_texts(document), (std::vector<std::string>{"标题", "正文"}));
  ASSERT_EQ(document.body.size(), 3u);
  EXPECT_EQ(document.body[1].kind, BlockKind::kTable);
}

TEST(TextExtractor, PipeRowsBecomeANativeTableAndBrokenOnesStayLines) {
  const TempDump dump(
      "| 信息内容 | 本年制发件数 |\n|---|:---:|\n| 规章 | 0 |\n"
      "| 信息内容 |\n本年收费金额(单位:万元) |\n||\n|\n");
  const Document document = extract_text(dump.path());
  ASSERT_EQ(document.tables.size(), 1u);
  EXPECT_EQ(document.tables[0].row_count, 3);  // the markdown rule is no row
  EXPECT_EQ(text_at(document.tables[0], 1, 1), "0");
  EXPECT_EQ(text_at(document.tables[0], 2, 0), "信息内容");
  // The pieces of the broken row stay lines; bare pipes carry no text and go.
  EXPECT_EQ(paragraph_texts(document), (std::vector<std::string>{"本年收费金额(单位:万元) |"}));
}

TEST(TextExtractor, Gb18030AndByteOrderMarks) {
  // "中文" in GBK; the same with a UTF-8 BOM.
  const TempDump gbk("\xD6\xD0\xCE\xC4\r\n");
  EXPECT_EQ(paragraph_texts(extract_text(gbk.path())), (std::vector<std::string>{"中文"}));
  const TempDump bom("\xEF\xBB\xBF\xE4\xB8\xAD\xE6\x96\x87\n");
  EXPECT_EQ(paragraph_texts(extract_text(bom.path())), (std::vector<std::string>{"中文"}));
}

TEST(TextExtractor, PageNumbersAndSiteChromeAreDropped) {
  const TempDump dump(
      "正文一\n-3-\n— 4 —\n第 5 页 共 9 "
      "页\n扫一扫在手机上查看当前页面\n闽公网安备35010202000072号\n"
      "打印 关闭\n正文二\n");
  EXPECT_EQ(paragraph_texts(extract_text(dump.path())),
            (std::vector<std::string>{"正文一", "正文二"}));
}

// A dump in the shape of a PDF text layer: labels broken over lines, one value per line, a label
// interleaved with a group label, a page number inside 表三, 表四 as a bare line of 15 numbers.
const char kWrappedDump[] =
    "示例县人社局\n2024年政府信息公开工作年度报告\n一、总体情况\n"
    "2024年，我局收到政府信息公开申请3件，结转下年度0件。\n"
    "二、主动公开政府信息情况\n第二十条第（一）项\n信息内容 本年制发件数 本年废止件数 "
    "现行有效件数\n"
    "规章 0 0 0\n行政规范性文件 1 0 7\n第二十条第（五）项\n信息内容 "
    "本年处理决定数量\n行政许可\n12\n"
    "第二十条第（六）项\n信息内容 本年处理决定数量\n行政处罚 3\n行政强制 0\n第二十条第（八）项\n"
    "信息内容 本年收费金额（单位：\n万元）\n行政事业性收费 1.5\n"
    "三、收到和处理政府信息公开申请情况\n（本列数据的勾稽关系为：第一项加第二项之和，等于\n"
    "第三项加第四项之和）\n申请人情况\n自然\n人\n法人或其他组织\n总计商业\n企业\n科研\n机构\n社会\n"
    "公益\n"
    "组织\n法律\n服务\n机构\n其他\n一、本年新收政府信息公开申请数量 2 1 0 0 0 0 3\n"
    "二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0\n三、本\n年度办\n理结果\n（一）予以公开 1 1 0 "
    "0 0 0 2\n"
    "（二）部分公开（区分处理的，只计这一情形，\n不计其他情形）\n0 0 0 0 0 0\n0\n（三）不\n予公开\n"
    "1.属于国家秘密 0 0 0 0 0 0 0\n2.其他法律行政法规禁止公开 0 0 0 0 0 0 0\n"
    "3.危及“三安全一稳定” 0 0 0 0 0 0 0\n4.保护第三方合法权益 0 0 0 0 0 0 0\n"
    "5.属于三类内部 0 0 0 0 0 0 0\n-7-\n事务信息\n6.属于四类过程性信息 0 0 0 0 0 0 0\n"
    "7.属于行政执法案卷 0 0 0 0 0 0 0\n8.属于行政查询事项 0 0 0 0 0 0 0\n"
    "（四）无 1.本机关不掌握相关政府信息 1 0 0 0 0 0 1\n"
    "法提供 2.没有现成信息需要另行制作 0 0 0 0 0 0 0\n3.补正后申请内容仍不明确 0 0 0 0 0 0 0\n"
    "（五）不\n予处理\n1.信访举报投诉类申请 0 0 0 0 0 0 0\n2.重复申请 0 0 0 0 0 0 0\n"
    "3.要求提供公开出版物 0 0 0 0 0 0 0\n4.无正当理由大量反复申请 0 0 0 0 0 0 0\n"
    "5.要求行政机关确认或重新出具已\n获取信息\n0 0 0 0 0 0 0\n（六）其\n他处理\n"
    "1.申请人无正当理由逾期不补正、行\n政机关不再处理其政府信息公开申\n请\n0 0 0 0 0 0 0\n"
    "2.申请人逾期未按收费通知要求缴\n纳费用、行政机关不再处理其政府信\n息公开申请\n0 0 0 0 0 0 0\n"
    "3.其他 0 0 0 0 0 0 0\n（七）总计 2 1 0 0 0 0 3\n四、结转下年度继续办理 0 0 0 0 0 0 0\n"
    "四、政府信息公开行政复议、行政诉讼情况\n行政复议 "
    "行政诉讼\n结果\n维持\n结果\n纠正\n其他\n结果\n尚未\n"
    "审结\n总计\n未经复议直接起诉 复议后起诉\n结果维持 结果纠正 其他结果 尚未审结 总计\n"
    "结果维持 结果纠正 其他结果 尚未审结 总计\n1 0 0 0 1 0 0 0 2 2 0 0 0 0 0\n"
    "五、存在的主要问题及改进情况\n公开内容还不够丰富，\n需要进一步加强。\n"
    "六、其他需要报告的事项\n无。\n";

TEST(TextTables, LabelsBrokenOverLinesAnchorTheirRows) {
  const TempDump dump(kWrappedDump);
  const json record = record_of(dump.path());
  EXPECT_EQ(record["source"]["format"], "txt");
  EXPECT_EQ(record["report"]["agency"], "示例县人社局");
  EXPECT_EQ(record["report"]["year"], 2024);
  EXPECT_EQ(record["report"]["template"], "2021");
  EXPECT_TRUE(record["validation"]["findings"].empty()) << record["validation"]["findings"].dump(1);
  auto values = values_by_key(record);
  EXPECT_EQ(values["t2.art20_1.normative_documents.issued"], 1);
  EXPECT_EQ(values["t2.art20_1.normative_documents.in_force"], 7);
  EXPECT_EQ(values["t2.art20_5.administrative_license.decisions"], 12);  // value on its own line
  EXPECT_EQ(values["t2.art20_6.administrative_penalty.decisions"], 3);
  EXPECT_EQ(values["t2.art20_8.administrative_fees.amount_10k_yuan"], 1.5);
  EXPECT_EQ(values["t3.new.natural_person"], 2);
  EXPECT_EQ(values["t3.new.commercial"], 1);
  EXPECT_EQ(values["t3.new.total"], 3);
  EXPECT_EQ(values["t3.granted.commercial"], 1);
  EXPECT_EQ(values["t3.partial.total"], 0);  // 6 values, then the 7th on the next line
  EXPECT_EQ(values["t3.denied.internal_affairs.total"], 0);  // label continued after a page number
  EXPECT_EQ(values["t3.unable.not_held.natural_person"], 1);  // interleaved with （四）无/法提供
  EXPECT_EQ(values["t3.unable.needs_creation.total"], 0);
  EXPECT_EQ(values["t3.other.no_fee.total"], 0);
  EXPECT_EQ(values["t3.total.total"], 3);
  EXPECT_EQ(values["t4.review.upheld"], 1);
  EXPECT_EQ(values["t4.review.total"], 1);
  EXPECT_EQ(values["t4.litigation_direct.pending"], 2);  // by position: the 9th of 15
  EXPECT_EQ(values["t4.litigation_direct.total"], 2);
  EXPECT_EQ(values["t4.litigation_after_review.total"], 0);
  int numbers = 0;
  for (const auto& [key, value] : values) numbers += !value.is_null();
  EXPECT_EQ(numbers, 200);
  // Sections are the text lines around the tables, wrapped lines joined.
  ASSERT_EQ(record["sections"].size(), 6u);
  EXPECT_EQ(record["sections"][1]["text"], "");
  EXPECT_EQ(record["sections"][4]["text"], "公开内容还不够丰富,需要进一步加强。");
}

TEST(TextTables, TransposedTable4IsReadByItsGroupLabels) {
  const TempDump dump(
      "示例局2024年政府信息公开工作年度报告\n四、政府信息公开行政复议、行政诉讼情况\n"
      "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |\n| 行政复议 | 1 | 0 | 0 | 0 | 1 |\n"
      "| 未经复议直接起诉 | 0 | 2 | 0 | 0 | 2 |\n| 复议后起诉 | 0 | 0 | 0 | 1 | 1 |\n");
  auto values = values_by_key(record_of(dump.path()));
  EXPECT_EQ(values["t4.review.upheld"], 1);
  EXPECT_EQ(values["t4.litigation_direct.corrected"], 2);
  EXPECT_EQ(values["t4.litigation_after_review.pending"], 1);
  EXPECT_EQ(values["t4.litigation_after_review.total"], 1);
}

}  // namespace
}  // namespace ogi

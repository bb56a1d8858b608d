#include "extractors/docx/docx_extractor.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "tests/support/table_checks.h"
#include "tests/support/test_paths.h"

namespace ogi {
namespace {

using nlohmann::json;

const std::vector<std::string> kT3Columns = {"natural_person", "commercial",     "research",
                                             "social_welfare", "legal_services", "other_org",
                                             "total"};
// 表三 layout shared by both templates: 3 header rows, 3 label columns, then 7 value columns.
constexpr int kT3FirstDataRow = 3;
constexpr int kT3FirstValueCol = 3;

Document extract_fixture(const std::string& name) {
  return extract_docx(testing::fixture_path("docx/" + name + ".docx").string());
}

json read_json(const std::filesystem::path& path) {
  std::ifstream in(path);
  return json::parse(in);
}

json fixture_truth(const std::string& name) {
  return read_json(testing::fixture_path("docx/" + name + ".truth.json"));
}

using testing::anchor_at;
using testing::expect_consistent_grid;
using testing::expect_span;
using testing::text_at;

// Printed form of a truth value: integers as integers, "+N" for the signed 本年增/减 column.
std::string printed(const json& value, bool signed_column = false) {
  if (value.is_number_integer()) {
    const long long number = value.get<long long>();
    return (signed_column && number > 0 ? "+" : "") + std::to_string(number);
  }
  return "";
}

std::vector<std::string> t3_row_keys(const json& truth) {
  std::vector<std::string> rows;
  for (const json& cell : truth["cells"]) {
    if (cell["table"] != "t3") continue;
    const std::string row = cell["row"];
    if (std::find(rows.begin(), rows.end(), row) == rows.end()) rows.push_back(row);
  }
  return rows;
}

// The value cells of 表三 hold exactly the truth values, row by row in template order. Only valid
// when every row of the template is printed (not for the hybrid fixture).
void expect_t3_values(const Table& t3, const json& truth) {
  const std::vector<std::string> rows = t3_row_keys(truth);
  for (const json& cell : truth["cells"]) {
    if (cell["table"] != "t3") continue;
    const auto row_index = std::find(rows.begin(), rows.end(), cell["row"]) - rows.begin();
    const auto col_index =
        std::find(kT3Columns.begin(), kT3Columns.end(), cell["col"]) - kT3Columns.begin();
    EXPECT_EQ(text_at(t3, kT3FirstDataRow + static_cast<int>(row_index),
                      kT3FirstValueCol + static_cast<int>(col_index)),
              printed(cell["value"]))
        << cell.dump();
  }
}

void expect_t4_values(const Table& t4, const json& truth) {
  int col = 0;
  for (const json& cell : truth["cells"]) {
    if (cell["table"] != "t4") continue;
    EXPECT_EQ(text_at(t4, 3, col++), printed(cell["value"])) << cell.dump();
  }
}

// The paragraph right before the table in body order.
std::string paragraph_before_table(const Document& document, size_t table_index) {
  for (size_t i = 1; i < document.body.size(); ++i) {
    const Block& block = document.body[i];
    if (block.kind == BlockKind::kTable && block.index == table_index &&
        document.body[i - 1].kind == BlockKind::kParagraph) {
      return document.paragraphs[document.body[i - 1].index].text;
    }
  }
  return "";
}

bool any_text_contains(const Document& document, const std::string& needle) {
  for (const Paragraph& paragraph : document.paragraphs) {
    if (paragraph.text.find(needle) != std::string::npos) return true;
  }
  for (const Table& table : document.tables) {
    for (const TableCell& cell : table.cells) {
      if (cell.text.find(needle) != std::string::npos) return true;
    }
  }
  return false;
}

void expect_t3_header(const Table& t3, int results_rows) {
  expect_span(t3, 0, 0, 3, 3,
              "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
  expect_span(t3, 0, 3, 1, 7, "申请人情况");
  expect_span(t3, 1, 3, 2, 1, "自然人");
  expect_span(t3, 1, 4, 1, 5, "法人或其他组织");
  expect_span(t3, 1, 9, 2, 1, "总计");
  expect_span(t3, 2, 4, 1, 1, "商业企业");
  expect_span(t3, 2, 8, 1, 1, "其他");
  expect_span(t3, 5, 0, results_rows, 1, "三、本年度办理结果");
  expect_span(t3, 7, 1, 8, 1, "（三）不予公开");
  expect_span(t3, 15, 1, 3, 1, "（四）无法提供");
  expect_span(t3, 18, 1, 5, 1, "（五）不予处理");
  // Positions inside merged blocks carry no anchor of their own.
  EXPECT_EQ(anchor_at(t3, 1, 0), nullptr);
  EXPECT_EQ(anchor_at(t3, 2, 3), nullptr);
  EXPECT_EQ(anchor_at(t3, 20, 0), nullptr);
  EXPECT_EQ(anchor_at(t3, 9, 1), nullptr);
}

TEST(DocxExtractor, Report2021BodyOrderAndHeadings) {
  const Document document = extract_fixture("report_2021");
  EXPECT_EQ(document.format, "docx");
  EXPECT_TRUE(document.pages.empty());
  ASSERT_EQ(document.tables.size(), 3u);
  ASSERT_FALSE(document.body.empty());
  EXPECT_EQ(document.body.front().kind, BlockKind::kParagraph);
  EXPECT_EQ(document.paragraphs.front().text, "临江市交通运输局2021年政府信息公开工作年度报告");
  EXPECT_EQ(paragraph_before_table(document, 0), "二、主动公开政府信息情况");
  EXPECT_EQ(paragraph_before_table(document, 1), "三、收到和处理政府信息公开申请情况");
  EXPECT_EQ(paragraph_before_table(document, 2), "四、政府信息公开行政复议、行政诉讼情况");
  EXPECT_EQ(document.paragraphs.back().text, "2022年1月20日");
  for (const Paragraph& paragraph : document.paragraphs) EXPECT_FALSE(paragraph.text.empty());
  for (const Table& table : document.tables) {
    EXPECT_EQ(table.nesting_depth, 0);
    expect_consistent_grid(table);
  }
}

TEST(DocxExtractor, Report2021TablesAsGrids) {
  const Document document = extract_fixture("report_2021");
  const json truth = fixture_truth("report_2021");
  ASSERT_EQ(document.tables.size(), 3u);
  const Table& t2 = document.tables[0];
  EXPECT_EQ(t2.row_count, 14);
  EXPECT_EQ(t2.col_count, 4);
  expect_span(t2, 0, 0, 1, 4, "第二十条第（一）项");
  expect_span(t2, 5, 1, 1, 3, "本年处理决定数量");
  expect_span(t2, 12, 1, 1, 3, "本年收费金额（单位：万元）");
  ASSERT_EQ(truth["cells"][9]["col"], "amount_10k_yuan");
  const double fee = truth["cells"][9]["value"];
  EXPECT_NEAR(std::stod(text_at(t2, 13, 1)), fee, 1e-9);

  const Table& t3 = document.tables[1];
  EXPECT_EQ(t3.row_count, 28);
  EXPECT_EQ(t3.col_count, 10);
  expect_t3_header(t3, 22);
  expect_span(t3, 23, 1, 3, 1, "（六）其他处理");
  expect_span(t3, 26, 1, 1, 2, "（七）总计");
  expect_span(t3, 27, 0, 1, 3, "四、结转下年度继续办理");
  expect_t3_values(t3, truth);

  const Table& t4 = document.tables[2];
  EXPECT_EQ(t4.row_count, 4);
  EXPECT_EQ(t4.col_count, 15);
  expect_span(t4, 0, 5, 1, 10, "行政诉讼");
  expect_span(t4, 1, 4, 2, 1, "总计");
  expect_span(t4, 1, 10, 1, 5, "复议后起诉");
  expect_t4_values(t4, truth);
}

TEST(DocxExtractor, Report2019FiveColumnTable2AndTwentyRowResults) {
  const Document document = extract_fixture("report_2019");
  const json truth = fixture_truth("report_2019");
  ASSERT_EQ(document.tables.size(), 3u);
  EXPECT_EQ(document.paragraphs[0].text, "青禾县人力资源和社会保障局");
  EXPECT_EQ(document.paragraphs[1].text, "2019年政府信息公开工作年度报告");
  const Table& t2 = document.tables[0];
  EXPECT_EQ(t2.row_count, 18);
  EXPECT_EQ(t2.col_count, 5);
  expect_span(t2, 0, 0, 1, 5, "第二十条第（一）项");
  expect_span(t2, 1, 1, 1, 1, "本年新\n制作数量");  // w:br inside the paragraph
  expect_span(t2, 1, 3, 1, 2, "对外公开总数量");
  expect_span(t2, 13, 1, 1, 2, "上一年项目数量");
  expect_span(t2, 13, 3, 1, 2, "本年增/减");
  // 行政许可 本年增/减 (truth cell 7) is printed signed.
  ASSERT_EQ(truth["cells"][7]["col"], "change");
  EXPECT_EQ(text_at(t2, 6, 2), printed(truth["cells"][7]["value"], true));

  const Table& t3 = document.tables[1];
  EXPECT_EQ(t3.row_count, 26);
  EXPECT_EQ(t3.col_count, 10);
  expect_t3_header(t3, 20);
  expect_span(t3, 23, 1, 1, 2, "（六）其他处理");
  expect_t3_values(t3, truth);
  expect_t4_values(document.tables[2], truth);
  EXPECT_EQ(document.paragraphs.back().text, "二〇二〇年一月十五日");
}

TEST(DocxExtractor, HybridKeepsTypoLabelAndSingleOtherRow) {
  const Document document = extract_fixture("hybrid_2021_single_other");
  ASSERT_EQ(document.tables.size(), 3u);
  EXPECT_EQ(document.tables[0].row_count, 14);
  const Table& t3 = document.tables[1];
  EXPECT_EQ(t3.row_count, 26);
  EXPECT_EQ(text_at(t3, 8, 2), "2.其他法律行政止公开");
  expect_span(t3, 23, 1, 1, 2, "（六）其他处理");
}

TEST(DocxExtractor, InconsistentValuesAreExtractedAsPrinted) {
  const Document document = extract_fixture("inconsistent_t3");
  const json truth = fixture_truth("inconsistent_t3");
  ASSERT_EQ(document.tables.size(), 3u);
  const json& injected = truth["injected"]["cells"][0];
  ASSERT_EQ(injected["row"], "new");
  ASSERT_EQ(injected["col"], "natural_person");
  EXPECT_EQ(text_at(document.tables[1], 3, 3), printed(injected["printed"]));
  expect_t3_values(document.tables[1], truth);
}

TEST(DocxExtractor, ContentControlsAreTransparent) {
  const Document document = extract_fixture("sdt_content_control");
  const json truth = fixture_truth("sdt_content_control");
  ASSERT_EQ(document.tables.size(), 3u);
  // Block-level sdt around 表二 and around the heading of 三.
  EXPECT_EQ(document.tables[0].row_count, 14);
  EXPECT_EQ(paragraph_before_table(document, 1), "三、收到和处理政府信息公开申请情况");
  const Table& t3 = document.tables[1];
  EXPECT_EQ(t3.row_count, 28);
  expect_consistent_grid(t3);
  // Row-level sdt (二、上年结转) and run-level sdt (予以公开/自然人) keep their text.
  EXPECT_EQ(text_at(t3, 4, 0), "二、上年结转政府信息公开申请数量");
  expect_t3_values(t3, truth);
  // Cell-level sdt around the first value of 表四.
  const Table& t4 = document.tables[2];
  EXPECT_EQ(t4.col_count, 15);
  expect_t4_values(t4, truth);
}

TEST(DocxExtractor, TrackedChangesPrintInsertionsOnly) {
  const Document document = extract_fixture("tracked_changes");
  const json truth = fixture_truth("tracked_changes");
  ASSERT_EQ(document.tables.size(), 3u);
  const Table& t3 = document.tables[1];
  EXPECT_EQ(t3.row_count, 28) << "the row deleted as a tracked change must not appear";
  EXPECT_EQ(text_at(t3, 5, 3), "12");  // <w:del>15</w:del><w:ins>12</w:ins>
  expect_t3_values(t3, truth);         // also: formula field result, hidden run dropped
  EXPECT_FALSE(any_text_contains(document, "99"));
  EXPECT_FALSE(any_text_contains(document, "待核"));
  EXPECT_FALSE(any_text_contains(document, "SUM"));
  EXPECT_FALSE(any_text_contains(document, "本段内容已在审核中删除"));
  EXPECT_FALSE(any_text_contains(document, "本段已移动"));
  const std::string stated =
      "共收到政府信息公开申请" + printed(truth["narrative_facts"]["t3_new_total_stated"]) + "件";
  EXPECT_TRUE(any_text_contains(document, stated));
  EXPECT_TRUE(any_text_contains(document, "均已按期答复。"));   // w:moveTo kept
  EXPECT_EQ(document.paragraphs.back().text, "2023年1月25日");  // w:fldSimple result
}

TEST(DocxExtractor, LayoutTableIsUnwrappedAndNestedTableFollowsItsParent) {
  const Document document = extract_fixture("nested_table");
  const json truth = fixture_truth("nested_table");
  ASSERT_EQ(document.tables.size(), 5u);
  EXPECT_EQ(document.body.front().kind, BlockKind::kParagraph);
  EXPECT_EQ(document.paragraphs.front().text, "西岭市农业农村局2023年政府信息公开工作年度报告");
  EXPECT_EQ(paragraph_before_table(document, 1), "三、收到和处理政府信息公开申请情况");
  for (size_t i = 0; i < 4; ++i) EXPECT_EQ(document.tables[i].nesting_depth, 0) << i;
  expect_t3_values(document.tables[1], truth);

  const Table& contact = document.tables[3];
  EXPECT_EQ(contact.row_count, 2);
  EXPECT_EQ(contact.col_count, 3);
  EXPECT_EQ(text_at(contact, 1, 2), "") << "nested table text leaked into its cell";
  const Table& nested = document.tables[4];
  EXPECT_EQ(nested.nesting_depth, 1);
  EXPECT_EQ(nested.row_count, 2);
  EXPECT_EQ(text_at(nested, 0, 0), "工作日");
  ASSERT_EQ(document.body.back().kind, BlockKind::kTable);
  EXPECT_EQ(document.body.back().index, 4u);
  EXPECT_EQ(document.body[document.body.size() - 2].index, 3u);
}

TEST(DocxExtractor, ExplicitVMergeContinueOverManyRows) {
  const Document document = extract_fixture("vmerge_many_rows");
  ASSERT_EQ(document.tables.size(), 3u);
  const Table& t3 = document.tables[1];
  EXPECT_EQ(t3.row_count, 28);
  expect_t3_header(t3, 22);
  expect_consistent_grid(t3);
  expect_t3_values(t3, fixture_truth("vmerge_many_rows"));
}

TEST(DocxExtractor, GridBeforeGridAfterAndLegacyHMerge) {
  const Document document = extract_fixture("gridbefore_hmerge");
  ASSERT_EQ(document.tables.size(), 3u);
  const Table& t2 = document.tables[0];
  EXPECT_EQ(t2.row_count, 14);
  EXPECT_EQ(t2.col_count, 5);
  expect_consistent_grid(t2);
  expect_span(t2, 0, 0, 1, 5, "第二十条第（一）项");  // hMerge restart + 4 continue
  EXPECT_EQ(anchor_at(t2, 1, 0), nullptr);            // w:gridBefore="1"
  expect_span(t2, 1, 1, 1, 1, "信息内容");
  expect_span(t2, 1, 4, 1, 1, "现行有效件数");
  expect_span(t2, 5, 2, 1, 2, "本年处理决定数量");
  EXPECT_EQ(anchor_at(t2, 5, 4), nullptr);  // w:gridAfter="1"
  expect_span(t2, 11, 0, 1, 5, "第二十条第（八）项");
}

TEST(DocxExtractor, AutomaticListNumbersArePrinted) {
  const Document document = extract_fixture("auto_numbering");
  const json truth = fixture_truth("auto_numbering");
  ASSERT_EQ(document.tables.size(), 3u);
  // Section headings number through a paragraph style, sub-items through direct w:numPr.
  EXPECT_EQ(document.paragraphs[2].text, "一、总体情况");
  EXPECT_TRUE(document.paragraphs[3].text.starts_with("（一）主动公开。"));
  EXPECT_TRUE(document.paragraphs[7].text.starts_with("（五）监督保障。"));
  EXPECT_EQ(paragraph_before_table(document, 0), "二、主动公开政府信息情况");
  EXPECT_EQ(paragraph_before_table(document, 1), "三、收到和处理政府信息公开申请情况");
  EXPECT_TRUE(any_text_contains(document, "六、其他需要报告的事项"));
  // Each 表三 group is its own w:num restarting at 1.
  const Table& t3 = document.tables[1];
  EXPECT_EQ(text_at(t3, 7, 2), "1.属于国家秘密");
  EXPECT_EQ(text_at(t3, 14, 2), "8.属于行政查询事项");
  EXPECT_EQ(text_at(t3, 15, 2), "1.本机关不掌握相关政府信息");
  EXPECT_EQ(text_at(t3, 22, 2), "5.要求行政机关确认或重新出具已获取信息");
  EXPECT_EQ(text_at(t3, 25, 2), "3.其他");
  expect_t3_values(t3, truth);
}

TEST(DocxExtractor, DocumentWithoutTablesIsNotAnError) {
  const Document document = extract_docx(testing::fixture_path("bad/no_tables.docx").string());
  EXPECT_TRUE(document.tables.empty());
  ASSERT_EQ(document.paragraphs.size(), 3u);
  EXPECT_EQ(document.paragraphs[1].text, "一、总体情况");
}

// Every DOCX of the dev set: three tables of the template's shape holding the truth values.
TEST(DocxExtractor, DevDocumentsYieldTheThreeTables) {
  if (!testing::has_shared_dir()) GTEST_SKIP() << "shared dev set not available";
  int checked = 0;
  for (const auto& entry :
       std::filesystem::directory_iterator(testing::shared_dir() / "dev" / "docs")) {
    if (entry.path().extension() != ".docx") continue;
    SCOPED_TRACE(entry.path().filename().string());
    const std::string id = entry.path().stem().string();
    const json truth = read_json(testing::shared_dir() / "dev" / "truth" / (id + ".json"));
    const bool is_2019 = truth["template"] == "2019";
    const Document document = extract_docx(entry.path().string());
    ASSERT_EQ(document.tables.size(), 3u);
    EXPECT_EQ(document.tables[0].row_count, is_2019 ? 18 : 14);
    EXPECT_EQ(document.tables[0].col_count, 4);
    EXPECT_EQ(document.tables[1].row_count, is_2019 ? 26 : 28);
    EXPECT_EQ(document.tables[1].col_count, 10);
    EXPECT_EQ(document.tables[2].row_count, 4);
    EXPECT_EQ(document.tables[2].col_count, 15);
    for (const Table& table : document.tables) expect_consistent_grid(table);
    expect_t3_header(document.tables[1], is_2019 ? 20 : 22);
    expect_t3_values(document.tables[1], truth);
    expect_t4_values(document.tables[2], truth);
    ++checked;
  }
  EXPECT_GT(checked, 0);
}

}  // namespace
}  // namespace ogi

// The HTML backend on hand-made pages (fixtures/html, see make_html_fixtures.py) and on pages
// generated here: encodings, the table model, cell text, site chrome, images, broken and hostile
// markup.
#include "extractors/html/html_extractor.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <string>

#include "extractors/common/span_table_builder.h"
#include "extractors/extract_error.h"
#include "extractors/html/html_encoding.h"
#include "normalize/document_normalize.h"
#include "output/report_json.h"
#include "pipeline/pipeline.h"
#include "tests/support/record_checks.h"
#include "tests/support/table_checks.h"
#include "tests/support/test_paths.h"

namespace ogi {
namespace {

using testing::anchor_at;
using testing::expect_span;

namespace fs = std::filesystem;
using nlohmann::json;

std::string fixture(const std::string& name) {
  return testing::fixture_path("html/" + name).string();
}

// A generated page in the temp directory, removed when the test ends.
class TempPage {
 public:
  explicit TempPage(const std::string& content)
      : path_(fs::temp_directory_path() /
              ("ogi_html_test_" + std::to_string(::getpid()) + "_" +
               ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".html")) {
    std::ofstream(path_, std::ios::binary) << content;
  }
  ~TempPage() { fs::remove(path_); }
  std::string path() const { return path_.string(); }

 private:
  fs::path path_;
};

json record_of(const std::string& path) {
  return json::parse(report_to_json(process_file(path).report).dump());
}

// The table whose cells mention `marker`.
const Table* table_with(const Document& document, const std::string& marker) {
  for (const Table& table : document.tables) {
    for (const TableCell& cell : table.cells) {
      if (cell.text.find(marker) != std::string::npos) return &table;
    }
  }
  return nullptr;
}

std::string all_paragraph_text(const Document& document) {
  std::string text;
  for (const Paragraph& paragraph : document.paragraphs) text += paragraph.text + "\n";
  return text;
}

// The values the fixture report prints (make_html_fixtures.py), at their canonical keys.
void expect_fixture_report(const json& record) {
  EXPECT_EQ(record["source"]["format"], "html");
  EXPECT_EQ(record["report"]["agency"], "福建省示例市人力资源和社会保障局");
  EXPECT_EQ(record["report"]["year"], 2023);
  EXPECT_EQ(record["report"]["template"], "2021");
  EXPECT_EQ(record["report"]["published"], "2024-01-20");
  EXPECT_TRUE(record["errors"].empty()) << record["errors"].dump();
  EXPECT_TRUE(record["validation"]["findings"].empty()) << record["validation"]["findings"].dump(1);
  auto cells = testing::cells_by_key(record);
  EXPECT_EQ(cells["t3.new.natural_person"]["value"],
            20);  // printed as <span>2</span><span>0</span>
  EXPECT_EQ(cells["t3.new.total"]["value"], 23);
  EXPECT_EQ(cells["t3.denied.third_party.natural_person"]["value"], 1);
  EXPECT_EQ(cells["t3.unable.not_held.other_org"]["value"], 1);
  EXPECT_EQ(cells["t3.not_processed.duplicate.total"]["value"], 1);
  EXPECT_EQ(cells["t3.total.total"]["value"], 22);
  EXPECT_EQ(cells["t3.carried_forward.natural_person"]["value"], 2);
  EXPECT_EQ(cells["t2.art20_1.rules.in_force"]["value"], 3);
  EXPECT_EQ(cells["t2.art20_1.normative_documents.repealed"]["value"], 1);
  EXPECT_EQ(cells["t2.art20_5.administrative_license.decisions"]["value"], 120);
  EXPECT_EQ(cells["t2.art20_6.administrative_coercion.decisions"]["value"], 4);
  EXPECT_EQ(cells["t4.review.upheld"]["value"], 1);
  EXPECT_EQ(cells["t4.litigation_direct.corrected"]["value"], 1);
  EXPECT_EQ(cells["t4.litigation_after_review.total"]["value"], 0);
  // An &nbsp;-only cell is EMPTY, never 0.
  const json& fees = cells["t2.art20_8.administrative_fees.amount_10k_yuan"];
  EXPECT_EQ(fees["semantic"], "EMPTY");
  EXPECT_TRUE(fees["value"].is_null());
  EXPECT_EQ(fees["raw"], "");
  int numbers = 0;
  for (const auto& [key, cell] : cells) numbers += !cell["value"].is_null();
  EXPECT_EQ(numbers, 199);  // 200 cells of the 2021 template, one of them blank
}

TEST(HtmlExtractor, GbkPageGivesTheReport) {
  const Document document = extract_html(fixture("report_gbk.html"));
  EXPECT_EQ(document.format, "html");
  EXPECT_TRUE(document.pages.empty());
  EXPECT_NE(all_paragraph_text(document).find("福建省示例市人力资源和社会保障局"),
            std::string::npos);
  EXPECT_EQ(document.tables.size(), 3u);
  expect_fixture_report(record_of(fixture("report_gbk.html")));
}

TEST(HtmlExtractor, PageLyingAboutItsCharsetIsRetriedAsGb18030) {
  const Document lying = extract_html(fixture("lying_charset.html"));
  const Document honest = extract_html(fixture("report_gbk.html"));
  EXPECT_TRUE(lying.issues.empty());
  EXPECT_EQ(all_paragraph_text(lying), all_paragraph_text(honest));
  expect_fixture_report(record_of(fixture("lying_charset.html")));
}

TEST(HtmlExtractor, RowspanAndColspanPlacedByTheHtmlTableModel) {
  const Document document = extract_html(fixture("report_gbk.html"));
  const Table* t3 = table_with(document, "申请人情况");
  ASSERT_NE(t3, nullptr);
  EXPECT_EQ(t3->row_count, 3 + 2 + 22 + 1);
  EXPECT_EQ(t3->col_count, 10);
  expect_span(*t3, 0, 0, 3, 3,
              "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
  expect_span(*t3, 0, 3, 1, 7, "申请人情况");
  expect_span(*t3, 1, 3, 2, 1, "自然人");
  expect_span(*t3, 1, 4, 1, 5, "法人或其他组织");
  expect_span(*t3, 1, 9, 2, 1, "总计");
  expect_span(*t3, 2, 4, 1, 1, "商业企业");
  expect_span(*t3, 2, 8, 1, 1, "其他");
  expect_span(*t3, 3, 0, 1, 3, "一、本年新收政府信息公开申请数量");
  expect_span(*t3, 5, 0, 22, 1, "三、本年度办理结果");
  expect_span(*t3, 5, 1, 1, 2, "（一）予以公开");
  expect_span(*t3, 7, 1, 8, 1, "（三）不予公开");
  expect_span(*t3, 7, 2, 1, 1, "1.属于国家秘密");
  // Rows under a rowspan start after the covered positions.
  expect_span(*t3, 8, 2, 1, 1, "2.其他法律行政法规禁止公开");
  expect_span(*t3, 8, 3, 1, 1, "0");
  expect_span(*t3, 26, 1, 1, 2, "（七）总计");
  expect_span(*t3, 27, 0, 1, 3, "四、结转下年度继续办理");
  expect_span(*t3, 27, 9, 1, 1, "2");
  EXPECT_EQ(anchor_at(*t3, 8, 0), nullptr);
  EXPECT_EQ(anchor_at(*t3, 8, 1), nullptr);
}

TEST(HtmlExtractor, CellTextJoinsInlineElementsAndBreaksAtBlocks) {
  Document document = extract_html(fixture("report_gbk.html"));
  const Table* t3 = table_with(document, "申请人情况");
  ASSERT_NE(t3, nullptr);
  expect_span(*t3, 3, 3, 1, 1, "20");  // <span>2</span><span>0</span>
  const Table* t4 = table_with(document, "复议后起诉");
  ASSERT_NE(t4, nullptr);
  expect_span(*t4, 1, 0, 2, 1, "结\n果\n维\n持");  // one character per <p>
  const Table* t2 = table_with(document, "第二十条");
  ASSERT_NE(t2, nullptr);
  expect_span(*t2, 13, 1, 1, 3, "\xC2\xA0");  // &nbsp;
  normalize_document(document);
  t4 = table_with(document, "复议后起诉");
  expect_span(*t4, 1, 0, 2, 1, "结果维持");
  t2 = table_with(document, "第二十条");
  expect_span(*t2, 13, 1, 1, 3, "");
}

TEST(HtmlExtractor, SiteChromeStaysOutOfTheText) {
  const Document document = extract_html(fixture("report_gbk.html"));
  const std::string text = all_paragraph_text(document);
  for (const char* chrome : {"首页", "当前位置", "栏目导航", "扫一扫", "公网安备", "版权所有",
                             "打印本页", "关闭窗口", "var heading", "请启用脚本", "margin"}) {
    EXPECT_EQ(text.find(chrome), std::string::npos) << chrome;
  }
  const json record = record_of(fixture("report_gbk.html"));
  ASSERT_EQ(record["sections"].size(), 6u);
  for (const json& section : record["sections"]) {
    const std::string body = section["text"];
    EXPECT_EQ(body.find("扫一扫"), std::string::npos) << section["key"];
    EXPECT_EQ(body.find("打印本页"), std::string::npos) << section["key"];
  }
  EXPECT_EQ(record["sections"][4]["text"], "公开内容仍需丰富。");
}

TEST(HtmlExtractor, TablePublishedAsImageIsReported) {
  const Document document = extract_html(fixture("table_image.html"));
  ASSERT_EQ(document.issues.size(), 1u);
  EXPECT_EQ(document.issues[0].code, "table_image");
  EXPECT_NE(document.issues[0].message.find("表三"), std::string::npos);
  EXPECT_EQ(document.issues[0].message.find("表二"), std::string::npos);
  const json record = record_of(fixture("table_image.html"));
  ASSERT_FALSE(record["errors"].empty());
  EXPECT_EQ(record["errors"][0]["code"], "table_image");
  auto cells = testing::cells_by_key(record);
  EXPECT_EQ(cells["t2.art20_1.rules.in_force"]["value"],
            3);  // the tables that are there still read
  EXPECT_TRUE(cells["t3.new.total"]["value"].is_null());
  // A report whose tables are all present raises nothing, images or not.
  EXPECT_TRUE(extract_html(fixture("report_gbk.html")).issues.empty());
}

TEST(HtmlExtractor, UnclosedTagsAreRepairedAsBrowsersDo) {
  expect_fixture_report(record_of(fixture("unclosed.html")));
}

TEST(HtmlExtractor, CharsetDeclarationsAndByteOrderMarks) {
  EXPECT_EQ(declared_html_charset("<html><head><meta charset=\"GBK\">"), "gbk");
  EXPECT_EQ(declared_html_charset("<META HTTP-EQUIV='Content-Type' CONTENT='text/html; "
                                  "charset=gb2312'>"),
            "gb2312");
  EXPECT_EQ(declared_html_charset("<?xml version=\"1.0\" encoding=\"GB18030\"?><html>"), "gb18030");
  EXPECT_EQ(declared_html_charset("<html><body>no declaration"), "");
  // BOM wins and is removed.
  EXPECT_EQ(html_to_utf8("\xEF\xBB\xBF<p>\xE4\xB8\xAD</p>"), "<p>中</p>");
  // Declared GBK but valid UTF-8: UTF-8.
  EXPECT_EQ(html_to_utf8("<meta charset=gbk><p>\xE4\xB8\xAD\xE6\x96\x87</p>"),
            "<meta charset=gbk><p>中文</p>");
  // Declared UTF-8 but GBK bytes ("中文"): retried as GB18030.
  bool lossy = true;
  EXPECT_EQ(html_to_utf8("<meta charset=utf-8><p>\xD6\xD0\xCE\xC4</p>", &lossy),
            "<meta charset=utf-8><p>中文</p>");
  EXPECT_FALSE(lossy);
}

TEST(HtmlExtractor, OverlappingSpansNeverCoverAPositionTwice) {
  SpanTableBuilder grid;
  grid.begin_row();
  grid.add_cell(2, 1, "a");
  grid.add_cell(1, 1, "b");
  grid.begin_row();
  grid.add_cell(1, 3, "c");  // starts after the rowspan of "a"
  const Table table = grid.finish();
  EXPECT_EQ(table.col_count, 4);
  expect_span(table, 1, 1, 1, 3, "c");
  grid = SpanTableBuilder();
  grid.begin_row();
  grid.add_cell(1, 1, "x");
  grid.add_cell(2, 1, "y");
  grid.begin_row();
  grid.add_cell(1, 5, "z");  // would run into "y": stops before it
  const Table overlap = grid.finish();
  expect_span(overlap, 1, 0, 1, 1, "z");
  EXPECT_EQ(anchor_at(overlap, 1, 1), nullptr);
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

TEST(HtmlExtractor, HundredThousandNestedElementsNeitherCrashNorHang) {
  constexpr int kDepth = 100000;
  std::string page = "<html><body><p>正文</p>";
  for (int i = 0; i < kDepth; ++i) page += "<div><span>";
  page += "x";
  for (int i = 0; i < kDepth / 2; ++i) page += "<table><tr><td>";
  const TempPage file(page);
  const auto start = std::chrono::steady_clock::now();
  const Document document = extract_html(file.path());
  const double elapsed = seconds_since(start);
  RecordProperty("seconds", std::to_string(elapsed));
  std::cout << "[ timing ] 100000 nested elements: " << elapsed << " s\n";
  EXPECT_LT(elapsed, testing::time_bound(10.0));
  ASSERT_FALSE(document.paragraphs.empty());
  EXPECT_EQ(document.paragraphs[0].text, "正文");
}

TEST(HtmlExtractor, TwentyMegabytePageFinishesQuickly) {
  std::ifstream in(fixture("report_gbk.html"), std::ios::binary);
  const std::string report((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  // The GBK report, then 20 MB of filler paragraphs and inline image data before </body>.
  std::string filler;
  const std::string paragraph =
      "<p>\xB1\xBE\xC4\xEA\xB6\xC8\xCE\xD2\xBE\xD6\xC8\xCF\xD5\xE6\xB9\xE1\xB3\xB9\xC2\xE4\xCA"
      "\xB5\xCC\xF5\xC0\xFD\xA1\xA3</p>\n";  // 本年度我局认真贯彻落实条例。 in GBK
  while (filler.size() < (20u << 20)) filler += paragraph;
  std::string page = report;
  page.insert(page.rfind("</body>"), filler);
  const TempPage file(page);
  const auto start = std::chrono::steady_clock::now();
  const Document document = extract_html(file.path());
  const double extract_seconds = seconds_since(start);
  const json record = record_of(file.path());
  const double pipeline_seconds = seconds_since(start) - extract_seconds;
  std::cout << "[ timing ] 20 MB page: extract " << extract_seconds << " s, whole pipeline "
            << pipeline_seconds << " s\n";
  EXPECT_LT(extract_seconds, testing::time_bound(20.0));
  EXPECT_LT(pipeline_seconds, testing::time_bound(60.0));
  EXPECT_EQ(document.tables.size(), 3u);
  EXPECT_EQ(testing::cells_by_key(record)["t3.total.total"]["value"], 22);
}

TEST(HtmlExtractor, EmptyAndMarkuplessPages) {
  const TempPage empty("");
  try {
    extract_html(empty.path());
    ADD_FAILURE() << "an empty page must not parse";
  } catch (const ExtractError& error) {
    EXPECT_EQ(error.code(), "empty_file");
  }
  const TempPage plain("just text, no markup");
  const Document document = extract_html(plain.path());
  ASSERT_EQ(document.paragraphs.size(), 1u);
  EXPECT_EQ(document.paragraphs[0].text, "just text, no markup");
}

}  // namespace
}  // namespace ogi

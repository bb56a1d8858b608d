// A table whose labels a scanned page prints, of which no cell was found (its rules lost to a
// threshold, its text too poorly read to rebuild it by alignment): a MAP-5 warning names the table
// and the pages, so that C-1's "blank or not read" is not all a reader learns.
#include <gtest/gtest.h>

#include "extractors/extractor.h"
#include "layout/mapping/report_builder.h"
#include "layout/structure/structure_rebuild.h"
#include "normalize/document_normalize.h"
#include "tests/support/test_paths.h"

namespace ogi {
namespace {

std::vector<const Finding*> findings_of(const Report& report, const std::string& rule) {
  std::vector<const Finding*> out;
  for (const Finding& finding : report.findings) {
    if (finding.rule == rule) out.push_back(&finding);
  }
  return out;
}

void add_page(Document& document, bool scanned, const std::vector<std::string>& lines) {
  Page page;
  page.number = static_cast<int>(document.pages.size()) + 1;
  page.from_ocr = scanned;
  document.pages.push_back(page);
  for (const std::string& line : lines) {
    Paragraph paragraph;
    paragraph.text = line;
    paragraph.page = page.number - 1;
    document.add_paragraph(std::move(paragraph));
  }
}

TEST(UnreadScannedTables, ATableWhoseLabelsAScanPrintsButWasNotReadIsNamedWithItsPages) {
  Document document;
  document.format = "pdf";
  add_page(document, true, {"某县人民政府2023年政府信息公开工作年度报告", "一、总体情况"});
  add_page(document, true, {"三、收到和处理政府信息公开申请情况", "申请人情况", "法人或其他组织"});
  add_page(document, true, {"(三)不予公开", "1.属于国家秘密"});
  add_page(document, true, {"四、政府信息公开行政复议、行政诉讼情况", "结果维持 结果纠正"});
  const Report report = build_report(document);

  const std::vector<const Finding*> unread = findings_of(report, "MAP-5");
  ASSERT_EQ(unread.size(), 2u);
  EXPECT_EQ(unread[0]->severity, Severity::kWarning);
  EXPECT_EQ(unread[0]->message,
            "第2、3页为扫描页，印有表三的标签（“申请人情况”），但未找到表格线，按文字对齐也未能重建"
            "该表：表三的数值未读取，请对照原件");
  EXPECT_EQ(unread[1]->message,
            "第4页为扫描页，印有表四的标签（“结果维持”），但未找到表格线，按文字对齐也未能重建该表"
            "：表四的数值未读取，请对照原件");
}

TEST(UnreadScannedTables, PagesWithATextLayerOrTablesThatWereFoundRaiseNoFinding) {
  Document born_digital;
  born_digital.format = "pdf";
  add_page(born_digital, false, {"三、收到和处理政府信息公开申请情况", "申请人情况"});
  EXPECT_TRUE(findings_of(build_report(born_digital), "MAP-5").empty());

  // Every table found: the scanned page's labels are the tables' own.
  Document document = extract_document(testing::fixture_path("docx/report_2021.docx").string());
  normalize_document(document);
  rebuild_structure(document);
  add_page(document, true, {"申请人情况", "结果维持", "信息内容"});
  const Report report = build_report(document);
  EXPECT_TRUE(findings_of(report, "MAP-5").empty());
  EXPECT_TRUE(report.errors.empty());
}

}  // namespace
}  // namespace ogi

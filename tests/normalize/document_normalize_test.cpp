#include "normalize/document_normalize.h"

#include <gtest/gtest.h>

namespace ogi {
namespace {

Document sample_document() {
  Document document;
  document.format = "pdf";
  Page page;
  page.runs.push_back(TextRun{.text = "2024 年 ", .box = {}});
  document.pages.push_back(page);
  document.add_paragraph({.text = "2024 年政府信息公开工作年度报告"});
  document.add_paragraph(
      {.text = "我局严格按照《条例》（以\n下简称《条例》）要求。\n（二）依申请公开"});
  Table table;
  table.row_count = 1;
  table.col_count = 3;
  table.cells.push_back({.row = 0, .col = 0, .text = "三、本\n\n年度办\n\n理结果"});
  table.cells.push_back({.row = 0, .col = 1, .text = "１２\u00A0"});
  table.cells.push_back({.row = 0, .col = 2, .text = "1\n2"});
  document.add_table(table);
  return document;
}

TEST(NormalizeDocument, ParagraphsKeepParagraphBreaksOnly) {
  Document document = sample_document();
  normalize_document(document);
  ASSERT_EQ(document.paragraphs.size(), 2u);
  EXPECT_EQ(document.paragraphs[0].text, "2024年政府信息公开工作年度报告");
  EXPECT_EQ(document.paragraphs[1].text,
            "我局严格按照《条例》(以下简称《条例》)要求。\n(二)依申请公开");
}

TEST(NormalizeDocument, TableCellsBecomeOneLine) {
  Document document = sample_document();
  normalize_document(document);
  const std::vector<TableCell>& cells = document.tables.at(0).cells;
  ASSERT_EQ(cells.size(), 3u);
  EXPECT_EQ(cells[0].text, "三、本年度办理结果");
  EXPECT_EQ(cells[1].text, "12");
  EXPECT_EQ(cells[2].text, "1 2");
}

TEST(NormalizeDocument, TextRunsAndStructureAreUntouched) {
  Document document = sample_document();
  normalize_document(document);
  EXPECT_EQ(document.pages.at(0).runs.at(0).text, "2024 年 ");
  ASSERT_EQ(document.body.size(), 3u);
  EXPECT_EQ(document.body[2].kind, BlockKind::kTable);
  EXPECT_EQ(document.tables[0].cells[2].row, 0);
  EXPECT_EQ(document.tables[0].cells[2].col, 2);
}

}  // namespace
}  // namespace ogi

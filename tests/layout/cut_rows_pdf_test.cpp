// Table rows a page break cut inside a cell's text (Word, WPS and LibreOffice let a row break
// across pages): the parts joined into one row, the repeated header dropped, every value of the
// report at its key. Fixtures: fixtures/make_row_cut_pdfs.py.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "layout/structure/paged/split_label.h"
#include "layout/structure/structure_rebuild.h"
#include "normalize/document_normalize.h"
#include "tests/support/pdf_fixture_check.h"

namespace ogi {
namespace {

using testing::pdf_fixture;

// 表三 of report_2021 as its uncut print rebuilds it (PdfReport tests): 4 header rows, 24 more.
constexpr int kTable3Rows = 28;

const Table& table_holding(const Document& document, const std::string& text) {
  for (const Table& table : document.tables) {
    for (const TableCell& cell : table.cells) {
      if (compact_label(cell.text) == text) return table;
    }
  }
  throw std::runtime_error("no table holds " + text);
}

int cells_reading(const Table& table, const std::string& text) {
  int count = 0;
  for (const TableCell& cell : table.cells) count += compact_label(cell.text) == text ? 1 : 0;
  return count;
}

Document rebuilt_pdf(const std::string& name) {
  Document document = extract_pdf(pdf_fixture(name));
  normalize_document(document);
  rebuild_structure(document);
  return document;
}

void expect_report_right(const std::string& name) {
  testing::expect_fixture_right(name, testing::fixture_truth("docx/report_2021.truth.json"));
}

TEST(CutRows, PartsOfOneLabelJoin) {
  EXPECT_TRUE(joins_into_label("社会", "公益组织"));
  EXPECT_TRUE(joins_into_label("自然", "人"));
  EXPECT_TRUE(joins_into_label("结果", "维持"));
  EXPECT_TRUE(joins_into_label("（二）部分公开（区分处理的，", "只计这一情形，不计其他情形）"));
  EXPECT_FALSE(joins_into_label("法人或其他组织", "商业企业"));
  EXPECT_FALSE(joins_into_label("自然人", "商业企业"));
  EXPECT_FALSE(joins_into_label("（一）予以公开", "（二）部分公开"));
  EXPECT_FALSE(joins_into_label("", "人"));
}

// The report read right, and the table holding `label` rebuilt as one table over `pages` pages
// with `rows` rows, each of `labels` printed in `copies` cells.
void expect_one_table(const std::string& name, const std::string& label, int pages, int rows,
                      const std::vector<std::string>& labels, int copies = 1) {
  expect_report_right(name);
  const Document document = rebuilt_pdf(name);
  const Table& table = table_holding(document, label);
  EXPECT_EQ(table.last_page, table.page + pages - 1);
  EXPECT_EQ(table.row_count, rows);
  for (const std::string& text : labels) EXPECT_EQ(cells_reading(table, text), copies) << text;
}

// 表三's header row cut after 商业/科研/社会/法律: one row of whole labels, every cell right.
TEST(CutRows, HeaderRowCutInsideItsLabels) {
  expect_one_table("cut_header_2021", "自然人", 2, kTable3Rows,
                   {"商业企业", "科研机构", "社会公益组织", "法律服务机构"});
}

// 表三's header repeated on the next page, which begins inside （二）部分公开's label.
TEST(CutRows, DataRowCutUnderRepeatedHeader) {
  expect_one_table("cut_row_2021", "自然人", 2, kTable3Rows, {"自然人", "商业企业"});
}

// 表四's header cut after the first line of its second row: 结/果/维/持 joined, while the labels
// under 未经复议直接起诉 and 复议后起诉, whole on the next page, make a row of their own.
TEST(CutRows, Table4HeaderCutUnderWiderHeadings) {
  expect_one_table("cut_t4_header_2021", "未经复议直接起诉", 2, 4, {"结果维持", "总计"}, 3);
}

// 表三 on a short page: over three pages, its header repeated, rows cut where the pages end.
TEST(CutRows, TableOverThreePages) {
  expect_one_table("three_pages_2021", "自然人", 3, kTable3Rows, {"自然人", "商业企业"});
}

}  // namespace
}  // namespace ogi

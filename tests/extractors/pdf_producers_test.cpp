// PDFs of producers other than LibreOffice and Chromium (fixtures/make_producer_fixtures.sh), all
// printed from report_2021 (truth: docx/report_2021.truth.json): QtWebKit prints whose text layer
// holds CJK radicals, printed upright, landscape and scaled down; a re-distilled PDF whose text
// layer is Latin-1 junk; a PDF whose glyphs are outlines. What a user checks: the values at their
// keys, which pages were read by OCR and why. The OCR fixtures hold only the two table pages, and
// each test reads each file once.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "cli/evaluation.h"
#include "extractors/pdf/page_triage.h"
#include "extractors/pdf/pdf_extractor.h"
#include "layout/structure/structure_rebuild.h"
#include "model/utf8.h"
#include "normalize/document_normalize.h"
#include "normalize/text_normalize.h"
#include "pipeline/pipeline.h"
#include "tests/support/pdf_fixture_check.h"
#include "tests/support/record_checks.h"
#include "tests/support/scan_checks.h"
#include "tests/support/table_checks.h"

namespace ogi {
namespace {

using nlohmann::json;
using testing::cell_at;
using testing::pdf_fixture;
using testing::read_record;

// Whether `text` holds a code point of the Kangxi Radicals or CJK Radicals Supplement blocks.
bool has_radical(const std::string& text) {
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    const auto second = static_cast<unsigned char>(text[i + 1]);
    if (static_cast<unsigned char>(text[i]) == 0xE2 && second >= 0xBA && second <= 0xBF) {
      return true;
    }
  }
  return false;
}

std::string text_layer(const std::string& name) {
  std::string text;
  for (const Page& page : extract_pdf(pdf_fixture(name)).pages) {
    for (const TextRun& run : page.runs) text += run.text;
  }
  return text;
}

// The OCR-3 findings of a record, by message.
std::vector<std::string> ocr_reasons(const json& record) {
  std::vector<std::string> messages;
  for (const json& finding : record["validation"]["findings"]) {
    if (finding["rule"] != "OCR-3") continue;
    EXPECT_EQ(finding["severity"], "info");
    messages.push_back(finding["message"].get<std::string>());
  }
  return messages;
}

// The report's 表三 as a reader checks it first: the head, the outcomes, the totals.
void expect_t3_headline(const json& record, const std::string& name) {
  EXPECT_EQ(cell_at(record, "t3.new.total")["value"], 46) << name;
  EXPECT_EQ(cell_at(record, "t3.granted.commercial")["value"], 2) << name;
  EXPECT_EQ(cell_at(record, "t3.unable.not_held.total")["value"], 13) << name;
  EXPECT_EQ(cell_at(record, "t3.total.total")["value"], 43) << name;
  EXPECT_EQ(cell_at(record, "t3.carried_forward.total")["value"], 7) << name;
}

// QtWebKit maps each glyph back to the first code point of the font's cmap that draws it: in Noto
// Sans CJK that is the radical (⼈ for 人, ⺠ for 民, the latter kept by NFKC). Every cell is
// right, the record holds no radical, and no page goes through OCR, upright (2 pages, 表四's
// value row on the second) and scaled down to 60 % (1 page).
void expect_qtwebkit_print_right(const std::string& name) {
  SCOPED_TRACE(name);
  ASSERT_TRUE(has_radical(text_layer(name)));  // what the fixture is there for
  testing::expect_fixture_right(name, testing::fixture_truth("docx/report_2021.truth.json"));
  const json record = read_record(pdf_fixture(name));
  EXPECT_EQ(record["source"]["ocr_pages"], json::array());
  EXPECT_TRUE(ocr_reasons(record).empty());
  EXPECT_EQ(record["report"]["agency"], "临江市交通运输局");
  EXPECT_FALSE(has_radical(record.dump()));
  expect_t3_headline(record, name);
}

TEST(PdfProducers, QtWebKitPrintsReadWithIdeographsForRadicals) {
  expect_qtwebkit_print_right("wkhtml_2021");
  expect_qtwebkit_print_right("wkhtml_zoom_2021");
}

// 表三 of a print as layout rebuilt it: one table over pages 1-2 with the 28 rows of its uncut
// print (PdfReport tests).
const Table& stitched_table3(const Document& document) {
  for (const Table& table : document.tables) {
    const TableCell* cell = testing::anchor_at(table, 1, 3);
    if (cell != nullptr && compact_label(cell->text) == "自然人") return table;
  }
  throw std::runtime_error("no 表三");
}

Document rebuilt_print(const std::string& name) {
  Document document = extract_pdf(pdf_fixture(name));
  normalize_document(document);
  rebuild_structure(document);
  return document;
}

// The cell anchored at (row, col) spans `rows` rows and reads `label` (compacted).
void expect_cell(const Table& table, int row, int col, int rows, const std::string& label) {
  const TableCell* cell = testing::anchor_at(table, row, col);
  ASSERT_NE(cell, nullptr) << label;
  EXPECT_EQ(cell->row_span, rows) << label;
  EXPECT_EQ(compact_label(cell->text), label);
}

void expect_one_table3(const Document& document) {
  const Table& table = stitched_table3(document);
  EXPECT_EQ(table.page, 0);
  EXPECT_EQ(table.last_page, 1);
  EXPECT_EQ(table.row_count, 28);
  testing::expect_consistent_grid(table);
}

// QtWebKit cuts a table at the foot of a page and carries the cut cells' borders down to slightly
// different ends (blank slivers of rows under the cut row), begins them again at the top of the
// next page (another sliver), and prints the text of a merged cell the break cut centred in the
// whole cell: 三、本年度办理结果 and the group label of the cut row wholly on page 2. The slivers
// are dropped and the parts joined, as if the table had not been cut.

// Printed landscape, 表三's row “1.本机关不掌握相关政府信息” breaks over the page: its label's
// first line on page 1, the rest and its values on page 2, under （四）无法提供.
TEST(PdfProducers, QtWebKitLandscapePrintRowBrokenOverPages) {
  expect_qtwebkit_print_right("wkhtml_landscape_2021");
  const Document document = rebuilt_print("wkhtml_landscape_2021");
  expect_one_table3(document);
  const Table& table = stitched_table3(document);
  expect_cell(table, 5, 0, 22, "三、本年度办理结果");
  expect_cell(table, 15, 1, 3, "(四)无法提供");
  expect_cell(table, 15, 2, 1, "1.本机关不掌握相关政府信息");
  expect_cell(table, 15, 3, 1, "8");
  expect_cell(table, 15, 9, 1, "13");
}

// Page 1 ends inside 表三's header row, after the line holding 自然 (d016's print cut its header
// the same way): the labels under 法人或其他组织 join, no column is lost.
TEST(PdfProducers, QtWebKitPrintHeaderRowBrokenOverPages) {
  expect_qtwebkit_print_right("wkhtml_cut_header_2021");
  const Document document = rebuilt_print("wkhtml_cut_header_2021");
  expect_one_table3(document);
  const Table& table = stitched_table3(document);
  expect_cell(table, 1, 3, 2, "自然人");
  expect_cell(table, 2, 4, 1, "商业企业");
  expect_cell(table, 2, 5, 1, "科研机构");
  expect_cell(table, 2, 8, 1, "其他");
}

// Page 1 ends after the first line of “2.其他法律行政法规禁止公开”, a row of zeros (d008's print
// broke there): read before as a row of blanks, wrong at full confidence with no identity to
// catch it. Its zeros are read at its key.
TEST(PdfProducers, QtWebKitPrintRowOfZerosBrokenOverPages) {
  expect_qtwebkit_print_right("wkhtml_cut_zero_row_2021");
  const Document document = rebuilt_print("wkhtml_cut_zero_row_2021");
  expect_one_table3(document);
  const Table& table = stitched_table3(document);
  expect_cell(table, 7, 1, 8, "(三)不予公开");
  expect_cell(table, 8, 2, 1, "2.其他法律行政法规禁止公开");
  const json record = read_record(pdf_fixture("wkhtml_cut_zero_row_2021"));
  for (const char* key :
       {"t3.denied.law_prohibited.natural_person", "t3.denied.law_prohibited.total"}) {
    EXPECT_EQ(cell_at(record, key)["value"], 0) << key;
    EXPECT_EQ(cell_at(record, key)["confidence"], 1.0) << key;
  }
}

// Printed to PostScript and distilled again: the fonts lose their Unicode map and Poppler reads
// their codes as they are, control characters and Latin-1 junk, the digits too (no “46” in the
// text layer). Both pages go through OCR, every cell is right, and the record says which pages
// and why.
TEST(PdfProducers, RedistilledJunkTextLayerIsReadByOcr) {
  const std::string junk = text_layer("redistilled_2021");
  ASSERT_GT(junk.size(), 1000u);
  ASSERT_EQ(junk.find("46"), std::string::npos);
  const json record = read_record(pdf_fixture("redistilled_2021"));
  EXPECT_EQ(record["source"]["ocr_pages"], json::array({1, 2}));
  EXPECT_EQ(ocr_reasons(record),
            std::vector<std::string>(
                {"第1、2页文字层是私用区、替换或控制字符（字体没有Unicode映射），已由OCR识别"}));
  expect_t3_headline(record, "redistilled_2021");
  FormatScore score;
  score_record(testing::fixture_truth("docx/report_2021.truth.json"), record, "redistilled", score);
  EXPECT_EQ(score.cells_right, 200);
}

// A QtWebKit print through pdftops and ps2pdf: every code reads as WinAnsi, Latin-1 letters and
// ASCII signs without one control, private-use or replacement character, and under 30 % Latin-1
// (what the triage used to take for a text layer). Both pages are junk to the triage; only the
// triage is checked here (its small print is not yet read well by OCR).
TEST(PdfProducers, PdftopsRedistilledPrintIsLatinJunkOnEveryPage) {
  const Document document = extract_pdf(pdf_fixture("redistilled_print_2021"));
  ASSERT_EQ(document.pages.size(), 2u);
  for (const Page& page : document.pages) {
    int characters = 0;
    int latin1 = 0;
    for (const TextRun& run : page.runs) {
      for (char32_t c : utf8_to_u32(run.text)) {
        ASSERT_TRUE(c >= 0x20 && c != 0xFFFD && (c < 0xE000 || c > 0xF8FF)) << page.number;
        characters += c != U' ';
        latin1 += c >= 0xA0 && c <= 0xFF;
      }
    }
    EXPECT_GT(characters, 100) << page.number;
    EXPECT_LT(latin1, 0.3 * characters) << page.number;
    EXPECT_EQ(text_layer_fault(page), TextLayerFault::kLatinJunk) << page.number;
  }
}

// Ghostscript's -dNoOutputFonts draws every glyph as a filled outline: no text layer at all, and a
// page of some 25 000 path operators is an ordinary page to render, not a corrupt one. (Today one
// cell is wrong but doubted, as on the 1-bit scan of the same page: 表二's 515 read as 5195 at
// confidence 0.45.)
TEST(PdfProducers, OutlinedGlyphsAreReadByOcr) {
  ASSERT_TRUE(text_layer("outlined_2021").empty());
  const json record = read_record(pdf_fixture("outlined_2021"));
  EXPECT_EQ(record["errors"], json::array());
  EXPECT_EQ(record["source"]["ocr_pages"], json::array({1, 2}));
  EXPECT_EQ(ocr_reasons(record),
            std::vector<std::string>({"第1、2页没有文字层（扫描页或文字绘成图形），已由OCR识别"}));
  expect_t3_headline(record, "outlined_2021");
  FormatScore score;
  score_record(testing::fixture_truth("docx/report_2021.truth.json"), record, "outlined", score);
  EXPECT_GE(score.cells_right, 199);
  EXPECT_EQ(score.silent_errors, 0);
}

}  // namespace
}  // namespace ogi

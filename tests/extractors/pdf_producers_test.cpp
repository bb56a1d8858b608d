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
#include "model/utf8.h"
#include "pipeline/pipeline.h"
#include "tests/support/pdf_fixture_check.h"
#include "tests/support/record_checks.h"
#include "tests/support/scan_checks.h"

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

// Printed landscape, 表三's row “1.本机关不掌握相关政府信息” breaks over the page: its label's
// first line on page 1, the rest and its values on page 2, and the row is lost (C-2). Enable once
// rows broken across pages are joined (layout/structure/paged, worked on in parallel).
TEST(PdfProducers, DISABLED_QtWebKitLandscapePrintRowBrokenOverPages) {
  expect_qtwebkit_print_right("wkhtml_landscape_2021");
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

// The scan fixtures of fixtures/scan/ (fixtures/make_scan_fixtures.sh), all made from report_2021
// (truth: docx/report_2021.truth.json): what a user checks of a scanned report — the values at
// their keys, which pages were read by OCR, a sideways page read as if upright, a blank sheet
// refused without invented numbers. Every scanned cell must be right or, if wrong, doubted
// (confidence < 0.9) or named by an error or warning finding: never silently wrong.
// An OCR page costs seconds (more under AddressSanitizer), so each test reads each file once.
#include <gtest/gtest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/evaluation.h"
#include "model/report.h"
#include "pipeline/pipeline.h"
#include "tests/support/pdf_fixture_check.h"
#include "tests/support/record_checks.h"
#include "tests/support/scan_checks.h"
#include "tests/support/test_paths.h"

namespace ogi {
namespace {

using nlohmann::json;
using testing::cell_at;
using testing::expect_scanned_cells_right;
using testing::key_of;
using testing::read_record;
using testing::scan_fixture;
using testing::truth_on_pages;

// Values a reader of report_2021 would look up first, in all three tables.
void expect_headline_values(const json& record, const std::vector<std::string>& keys) {
  const std::map<std::string, json> expected = {
      {"t2.art20_6.administrative_coercion.decisions", 2038},
      {"t2.art20_8.administrative_fees.amount_10k_yuan", 12.94},
      {"t3.new.total", 46},
      {"t3.carried_over.commercial", 0},
      {"t3.unable.not_held.total", 13},
      {"t3.total.total", 43},
      {"t3.carried_forward.total", 7},
      {"t4.litigation_after_review.total", 3}};
  for (const std::string& key : keys) {
    EXPECT_EQ(cell_at(record, key)["value"], expected.at(key)) << key;
  }
}

const std::vector<std::string> kPage1Keys = {"t2.art20_6.administrative_coercion.decisions",
                                             "t2.art20_8.administrative_fees.amount_10k_yuan",
                                             "t3.new.total", "t3.carried_over.commercial"};
const std::vector<std::string> kPage2Keys = {"t3.unable.not_held.total", "t3.total.total",
                                             "t3.carried_forward.total",
                                             "t4.litigation_after_review.total"};

// Page 1 scanned and turned a quarter turn, next to the same scan upright as a PNG: both read by
// OCR, every cell of 表二 and of the head of 表三 right, and the sideways page read exactly as the
// upright one.
TEST(ScanFixtures, RotatedPageReadLikeItsUprightPng) {
  const json truth = truth_on_pages({1});
  const json upright = read_record(scan_fixture("page1_2021.png"));
  const json rotated = read_record(scan_fixture("rotated_2021.pdf"));

  EXPECT_EQ(upright["source"]["format"], "image");
  EXPECT_EQ(upright["source"]["ocr_pages"], json::array({1}));
  EXPECT_EQ(rotated["source"]["format"], "pdf");
  EXPECT_EQ(rotated["source"]["ocr_pages"], json::array({1}));
  // Scanned a quarter turn clockwise, read after three more: the record says so; the upright PNG
  // is read as it is.
  EXPECT_EQ(rotated["source"]["turned_pages"], json::parse(R"([{"page": 1, "degrees": 270}])"));
  EXPECT_EQ(upright["source"]["turned_pages"], json::array());
  EXPECT_EQ(rotated["source"]["split_sheets"], json::array());
  for (const json* record : {&upright, &rotated}) {
    EXPECT_EQ((*record)["report"]["template"], "2021");
    EXPECT_EQ((*record)["report"]["year"], 2021);
  }
  const FormatScore upright_score = expect_scanned_cells_right(truth, upright, "page1_2021.png");
  const FormatScore rotated_score = expect_scanned_cells_right(truth, rotated, "rotated_2021.pdf");
  EXPECT_EQ(upright_score.truth_cells, 38);  // 表二's 10 values, 表三's first four rows
  expect_headline_values(upright, kPage1Keys);
  expect_headline_values(rotated, kPage1Keys);

  EXPECT_EQ(rotated_score.cells_right, upright_score.cells_right);
  for (const json& cell : truth["cells"]) {
    const std::string key = key_of(cell);
    const json turned = cell_at(rotated, key);
    const json straight = cell_at(upright, key);
    EXPECT_EQ(turned["value"], straight["value"]) << key;
    EXPECT_EQ(turned["semantic"], straight["semantic"]) << key;
    EXPECT_EQ(turned["page"], 1) << key;
  }
}

// A scanned blank sheet: read by OCR, refused with an error saying there is no table, and not one
// number in the record.
TEST(ScanFixtures, BlankPageGivesNoTablesErrorAndNoNumbers) {
  const ProcessedFile processed = process_file(scan_fixture("blank.pdf"));
  EXPECT_TRUE(processed.unreadable);
  const json record = testing::record_json(processed.report);
  EXPECT_EQ(record["source"]["ocr_pages"], json::array({1}));
  ASSERT_EQ(record["errors"].size(), 1u) << record["errors"].dump(1);
  EXPECT_EQ(record["errors"][0]["code"], "no_tables");
  for (const json& cell : record["cells"]) {
    EXPECT_TRUE(cell["value"].is_null()) << key_of(cell) << " = " << cell["value"];
    EXPECT_EQ(cell["semantic"], "EMPTY") << key_of(cell);
    EXPECT_TRUE(cell["page"].is_null()) << key_of(cell);
  }
  EXPECT_TRUE(record["report"]["template"].is_null());
  EXPECT_TRUE(record["report"]["year"].is_null());
}

// Page 2 (the rest of 表三 and 表四) scanned as grey print on grey paper between born-digital pages
// 1 and 3: the one OCR page, every cell of the report right, no finding.
TEST(ScanFixtures, LowContrastPageCellsRight) {
  const json record = read_record(scan_fixture("low_contrast_2021.pdf"));
  const json truth = testing::fixture_truth("docx/report_2021.truth.json");
  EXPECT_EQ(record["source"]["ocr_pages"], json::array({2}));
  EXPECT_EQ(record["source"]["turned_pages"], json::array());
  expect_scanned_cells_right(truth_on_pages({2}), record, "low_contrast_2021.pdf");
  FormatScore whole;
  score_record(truth, record, "low_contrast_2021.pdf", whole);
  for (const std::string& wrong : whole.wrong_cells) ADD_FAILURE() << wrong;
  EXPECT_EQ(whole.cells_right, whole.truth_cells);
  EXPECT_EQ(whole.false_alarm_findings, 0) << record["validation"].dump(1);
  expect_headline_values(record, kPage1Keys);
  expect_headline_values(record, kPage2Keys);
  for (const char* field : {"agency", "year", "template", "published"}) {
    EXPECT_EQ(record["report"][field], truth[field]) << field;
  }
}

// Both table pages scanned 1 bit deep, the closing text page born-digital: source.ocr_pages names
// exactly the scanned pages, the table continued from one scanned page to the next is whole, and
// the text page still gives the publication date. (Today one cell is wrong but doubted: the 1-bit
// page reads 表二's 515 as 5195 at confidence 0.45.)
TEST(ScanFixtures, MixedPdfOcrPagesAreExactlyTheScannedPages) {
  const json record = read_record(scan_fixture("mixed_2021.pdf"));
  const json truth = testing::fixture_truth("docx/report_2021.truth.json");
  EXPECT_EQ(record["source"]["format"], "pdf");
  EXPECT_EQ(record["source"]["pages"], 3);
  EXPECT_EQ(record["source"]["ocr_pages"], json::array({1, 2}));
  EXPECT_EQ(record["source"]["turned_pages"], json::array());
  EXPECT_EQ(record["source"]["split_sheets"], json::array());
  const FormatScore score = expect_scanned_cells_right(truth, record, "mixed_2021.pdf");
  EXPECT_EQ(score.truth_cells, 200);
  expect_headline_values(record, kPage1Keys);
  expect_headline_values(record, kPage2Keys);
  EXPECT_EQ(record["report"]["template"], "2021");
  EXPECT_EQ(record["report"]["year"], 2021);
  EXPECT_EQ(record["report"]["published"], truth["published"]);  // from the text layer of page 3
  for (const json& cell : record["cells"]) {
    if (cell["page"].is_number()) EXPECT_LE(cell["page"].get<int>(), 2) << key_of(cell);
  }
}

// Table pages as a fax or photocopier makes them, 1 bit deep at 150 and 200 dpi (thin rules
// dashed or lost, specks): whatever is not read right is never silently wrong, and a value the
// record leaves blank is never a confident blank — the honest floor while these scans are not
// yet read at 99.5 % (issue 13). At 200 dpi 表二's headline values are read.
TEST(ScanFixtures, BilevelLowResolutionScansAreNeverSilentlyWrong) {
  const json truth = testing::fixture_truth("docx/report_2021.truth.json");
  std::map<std::string, json> records;
  for (const std::string name : {"bilevel150_2021.pdf", "bilevel200_2021.pdf"}) {
    const json& record = records[name] =
        testing::record_json(process_file(scan_fixture(name)).report);
    EXPECT_EQ(record["source"]["ocr_pages"], json::array({1, 2})) << name;
    FormatScore score;
    score_record(truth, record, name, score);
    EXPECT_EQ(score.silent_errors, 0) << name;
    for (const json& cell : truth["cells"]) {
      const json read = cell_at(record, key_of(cell));
      if (cell["value"].is_null() || !read["value"].is_null()) continue;
      EXPECT_LT(read["confidence"].get<double>(), kConfidentReading) << name << " " << key_of(cell);
    }
  }
  const json& record = records["bilevel200_2021.pdf"];
  EXPECT_EQ(cell_at(record, "t2.art20_6.administrative_coercion.decisions")["value"], 2038);
  EXPECT_EQ(cell_at(record, "t2.art20_8.administrative_fees.amount_10k_yuan")["value"], 12.94);
}

// A report whose tables are printed without any rule, scanned: no grid can be found. Each
// statistics table is either rebuilt from the alignment of its text, its values doubted and
// named (MAP-4), or named with the pages that print its labels (MAP-5) — never left to C-1's
// "blank or not read" alone; no value is silently wrong and no blank is confident.
TEST(ScanFixtures, TablesOfABorderlessScanAreRebuiltAndDoubtedOrNamed) {
  const json truth = testing::fixture_truth("pdf/borderless_2021.truth.json");
  const json record =
      testing::record_json(process_file(scan_fixture("borderless_scan_2021.pdf")).report);
  EXPECT_EQ(record["source"]["ocr_pages"], json::array({1, 2}));
  FormatScore score;
  score_record(truth, record, "borderless_scan_2021.pdf", score);
  EXPECT_EQ(score.silent_errors, 0);
  for (const json& cell : truth["cells"]) {
    // A record that found no table at all lists no cell.
    const json read = cell_at(record, key_of(cell));
    if (read.is_null()) continue;
    EXPECT_LT(read["confidence"].get<double>(), kConfidentReading) << key_of(cell);
  }
  for (const std::string table : {"表二", "表三", "表四"}) {
    bool named = false;
    for (const json& finding : record["validation"]["findings"]) {
      const std::string rule = finding["rule"];
      const std::string message = finding["message"];
      named = named || ((rule == "MAP-4" || rule == "MAP-5") && message.starts_with(table)) ||
              (rule == "MAP-5" && message.find("印有" + table) != std::string::npos);
    }
    EXPECT_TRUE(named) << table;
  }
}

}  // namespace
}  // namespace ogi

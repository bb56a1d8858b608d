// Validator-guided choice among OCR readings (validate/reading_choice).
#include "validate/reading_choice.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "tests/support/validate_report_builder.h"
#include "validate/validator.h"

namespace ogi {
namespace {

using testing::blank_value;
using testing::number_value;
using testing::set_cell;
using testing::set_number;
using testing::zero_report;

// A consistent 2021 表三 read from OCR page 2: 5 new = 4 granted + 1 not held, nothing carried.
Report scanned_report() {
  Report report = zero_report("2021");
  report.source.ocr_pages = {2};
  set_number(report, "t3.new.natural_person", 5);
  set_number(report, "t3.new.total", 5);
  set_number(report, "t3.granted.natural_person", 4);
  set_number(report, "t3.granted.total", 4);
  set_number(report, "t3.unable.not_held.natural_person", 1);
  set_number(report, "t3.unable.not_held.total", 1);
  set_number(report, "t3.total.natural_person", 5);
  set_number(report, "t3.total.total", 5);
  for (CanonicalCell& cell : report.cells) {
    cell.page = 2;
    cell.box = Box{100, 100, 120, 112};
    cell.found = true;
    cell.confidence = 0.97;
  }
  return report;
}

CanonicalCell& cell_at(Report& report, const std::string& key) {
  for (CanonicalCell& cell : report.cells) {
    if (cell.key() == key) return cell;
  }
  throw std::runtime_error("no cell " + key);
}

bool has_identity_alarm(const Report& report) {
  for (const Finding& finding : validate_report(report)) {
    if (finding.severity != Severity::kInfo && finding.rule[0] == 'T') return true;
  }
  return false;
}

TEST(ReadingChoice, MisreadDigitIsDoubtedAndTheReadingThatBalancesIsKept) {
  Report report = scanned_report();
  set_cell(report, "t3.granted.natural_person", number_value(7));  // a 4 misread as 7
  cell_at(report, "t3.granted.natural_person").confidence = 0.6;
  const std::vector<Finding> findings = validate_report(report);
  const std::vector<std::string> doubted = doubted_ocr_cells(report, findings);
  ASSERT_EQ(doubted, std::vector<std::string>{"t3.granted.natural_person"});

  const std::vector<Finding> changes = choose_readings(
      report, {{"t3.granted.natural_person", {{number_value(1), 3}, {number_value(4), 2}}}});
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(changes[0].rule, "OCR-1");
  EXPECT_EQ(changes[0].severity, Severity::kInfo);
  EXPECT_EQ(changes[0].expected, 4);
  EXPECT_EQ(changes[0].actual, 7);
  EXPECT_NE(changes[0].message.find("初读“7”"), std::string::npos) << changes[0].message;
  const CanonicalCell& chosen = cell_at(report, "t3.granted.natural_person");
  EXPECT_EQ(chosen.value.value, 4);
  EXPECT_LT(chosen.confidence, 0.9);
  EXPECT_FALSE(has_identity_alarm(report));
}

TEST(ReadingChoice, TextWhereANumberBelongsTakesTheOnlyNumberRead) {
  Report report = scanned_report();
  set_cell(report, "t3.denied.inquiry.social_welfare", blank_value(Semantic::kText, "OU"));
  const std::vector<Finding> findings = validate_report(report);
  ASSERT_EQ(doubted_ocr_cells(report, findings),
            std::vector<std::string>{"t3.denied.inquiry.social_welfare"});
  const std::vector<Finding> changes =
      choose_readings(report, {{"t3.denied.inquiry.social_welfare", {{number_value(0), 1}}}});
  ASSERT_EQ(changes.size(), 1u);
  EXPECT_EQ(cell_at(report, "t3.denied.inquiry.social_welfare").value.semantic, Semantic::kZero);
}

// Three cells of one column read as text ("U" for 0, "工" for 1): no single re-reading can make
// the column add up, so the identities cannot choose; each cell takes the number its re-readings
// agree on, unsure (0.7) and named by an OCR-4 finding. A tie or a lone vote changes nothing.
TEST(ReadingChoice, TextCellsTakeTheNumberTheirRereadingsAgreeOn) {
  Report report = scanned_report();
  set_cell(report, "t3.denied.inquiry.natural_person", blank_value(Semantic::kText, "U"));
  set_cell(report, "t3.denied.state_secret.natural_person", blank_value(Semantic::kText, "U"));
  set_cell(report, "t3.unable.not_held.natural_person", blank_value(Semantic::kText, "工"));
  set_cell(report, "t3.granted.total", blank_value(Semantic::kText, "工4"));
  set_cell(report, "t3.new.total", blank_value(Semantic::kText, "入"));
  set_cell(report, "t3.total.total", blank_value(Semantic::kText, "这一情形的"));
  const std::vector<std::string> text = text_ocr_cells(report);
  EXPECT_EQ(std::count(text.begin(), text.end(), "t3.total.total"), 0)  // a label's end
      << "long text is not a misread digit";
  EXPECT_EQ(text.size(), 5u);
  const std::vector<Finding> changes = take_agreed_numbers(
      report, {{"t3.denied.inquiry.natural_person", {{number_value(0), 4}, {number_value(8), 1}}},
               {"t3.denied.state_secret.natural_person", {{number_value(0), 2}}},
               {"t3.unable.not_held.natural_person", {{number_value(1), 3}}},
               {"t3.granted.total", {{number_value(4), 2}, {number_value(14), 2}}},
               {"t3.new.total", {{number_value(5), 1}}}});
  ASSERT_EQ(changes.size(), 3u);
  for (const Finding& change : changes) {
    EXPECT_EQ(change.rule, "OCR-4");
    EXPECT_EQ(change.severity, Severity::kInfo);
  }
  EXPECT_NE(changes[2].message.find("初读为文字“工”"), std::string::npos) << changes[2].message;
  EXPECT_EQ(cell_at(report, "t3.denied.inquiry.natural_person").value.semantic, Semantic::kZero);
  EXPECT_EQ(cell_at(report, "t3.unable.not_held.natural_person").value.value, 1);
  EXPECT_DOUBLE_EQ(cell_at(report, "t3.unable.not_held.natural_person").confidence,
                   kAgreedRereading);
  EXPECT_EQ(cell_at(report, "t3.granted.total").value.semantic, Semantic::kText);  // a tie
  EXPECT_EQ(cell_at(report, "t3.new.total").value.semantic, Semantic::kText);      // one vote
}

TEST(ReadingChoice, ConfidentReadingsAreNotDoubtedSoARealInconsistencyStays) {
  Report report = scanned_report();
  set_number(report, "t3.total.total", 6);  // printed wrong in the report, read with confidence
  const std::vector<Finding> findings = validate_report(report);
  EXPECT_TRUE(doubted_ocr_cells(report, findings).empty());
}

TEST(ReadingChoice, NoReadingThatHelpsLeavesTheFirstReadingAndItsAlarm) {
  Report report = scanned_report();
  set_cell(report, "t3.granted.natural_person", number_value(7));
  cell_at(report, "t3.granted.natural_person").confidence = 0.6;
  const std::vector<Finding> changes = choose_readings(
      report, {{"t3.granted.natural_person", {{number_value(1), 4}, {number_value(9), 2}}}});
  EXPECT_TRUE(changes.empty());
  EXPECT_EQ(cell_at(report, "t3.granted.natural_person").value.value, 7);
  EXPECT_TRUE(has_identity_alarm(report));
}

TEST(ReadingChoice, SingleVoteNeverReplacesANumberReading) {
  Report report = scanned_report();
  set_cell(report, "t3.granted.natural_person", number_value(7));
  cell_at(report, "t3.granted.natural_person").confidence = 0.6;
  const std::vector<Finding> changes =
      choose_readings(report, {{"t3.granted.natural_person", {{number_value(4), 1}}}});
  EXPECT_TRUE(changes.empty());
}

TEST(ReadingChoice, CellsOfTextLayerPagesAreNeverDoubted) {
  Report report = scanned_report();
  report.source.ocr_pages = {1};  // the table's page 2 has a text layer
  set_cell(report, "t3.granted.natural_person", number_value(7));
  cell_at(report, "t3.granted.natural_person").confidence = 0.6;
  EXPECT_TRUE(doubted_ocr_cells(report, validate_report(report)).empty());
}

}  // namespace
}  // namespace ogi

// corpus.xlsx from stored records (write_corpus, what `ogi batch` and `ogi merge` call), read
// back with openpyxl: doubted values marked, text and blanks shown as printed, and the columns
// of a corpus mixing the 2019 and 2021 templates in printed order.
#include <gtest/gtest.h>

#include "output/corpus_builder.h"
#include "output/report_json.h"
#include "pipeline/pipeline.h"
#include "tests/support/xlsx_reading.h"

namespace ogi {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using nlohmann::ordered_json;

ordered_json record_of(const std::string& fixture) {
  return report_to_json(process_file(testing::fixture_path(fixture).string()).report);
}

ordered_json& cell_of(ordered_json& record, const std::string& row, const std::string& col) {
  for (ordered_json& cell : record["cells"]) {
    if (cell["table"] == "t3" && cell["row"] == row && cell["col"] == col) return cell;
  }
  throw std::runtime_error("no cell t3." + row + "." + col);
}

CorpusEntry stored(const fs::path& dir, const ordered_json& record, long long ordinal) {
  CorpusEntry entry;
  entry.ordinal = ordinal;
  entry.path = record["source"]["path"];
  entry.sha256 = record["source"]["sha256"];
  entry.record_file = dir / (std::to_string(ordinal) + ".json");
  std::ofstream(entry.record_file) << record.dump();
  return entry;
}

size_t column_of(const json& sheet, const std::string& key) {
  for (size_t c = 0; c < sheet[1].size(); ++c) {
    if (sheet[1][c]["v"] == key) return c;
  }
  ADD_FAILURE() << "no column " << key;
  return 0;
}

class CorpusXlsx : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const fs::path dir = testing::scratch_dir("corpus_xlsx");
    // A scan's doubts, made by hand on a DOCX record: one number read with confidence 0.45,
    // one cell printed as "—" (NA), one unsure blank.
    ordered_json doubted = record_of("docx/report_2021.docx");
    ordered_json& low = cell_of(doubted, "granted", "natural_person");
    low["value"] = 6;
    low["raw"] = "6";
    low["confidence"] = 0.45;
    ordered_json& dash = cell_of(doubted, "granted", "research");
    dash = {{"table", "t3"},    {"row", "granted"}, {"col", "research"},
            {"value", nullptr}, {"raw", "—"},       {"semantic", "NA"},
            {"page", nullptr},  {"bbox", nullptr},  {"confidence", 1.0}};
    ordered_json& blank = cell_of(doubted, "granted", "commercial");
    blank["value"] = nullptr;
    blank["raw"] = "";
    blank["semantic"] = "EMPTY";
    blank["confidence"] = 0.5;
    const std::vector<CorpusEntry> entries = {stored(dir, doubted, 1),
                                              stored(dir, record_of("docx/report_2019.docx"), 2)};
    write_corpus(entries, dir);
    workbook_ = new json(testing::read_xlsx(dir / "corpus.xlsx"));
  }
  static void TearDownTestSuite() { delete workbook_; }

  static inline json* workbook_ = nullptr;
};

TEST_F(CorpusXlsx, DoubtedValuesAreYellowWithTheirConfidence) {
  ASSERT_FALSE(workbook_->is_null()) << "openpyxl could not read corpus.xlsx";
  const json& reports = (*workbook_)["reports"];
  const json& low = reports[2][column_of(reports, "t3.granted.natural_person")];
  EXPECT_EQ(low["v"], 6);
  EXPECT_EQ(low["fill"], "FFEB9C");
  EXPECT_EQ(low["note"], "置信度 0.45");
  const json& blank = reports[2][column_of(reports, "t3.granted.commercial")];
  EXPECT_TRUE(blank["v"].is_null());
  EXPECT_EQ(blank["fill"], "FFEB9C");
  EXPECT_EQ(blank["note"], "置信度 0.5");
  const json& dash = reports[2][column_of(reports, "t3.granted.research")];
  EXPECT_EQ(dash["v"], "—");
  EXPECT_FALSE(dash.contains("fill"));
}

TEST_F(CorpusXlsx, ColumnsFollowThePrintedTablesOfBothTemplates) {
  ASSERT_FALSE(workbook_->is_null());
  const json& reports = (*workbook_)["reports"];
  const json& keys = reports[1];
  // The 2021 keys of a table first, then the 2019-only ones, table after table.
  const size_t t2_first = column_of(reports, "t2.art20_1.rules.issued");
  const size_t t3_first = column_of(reports, "t3.new.natural_person");
  const size_t t4_last = keys.size() - 1;
  EXPECT_LT(t2_first, t3_first);
  EXPECT_LT(t3_first, column_of(reports, "t3.other.natural_person"));  // 2019's single other
  EXPECT_LT(column_of(reports, "t3.other.natural_person"), column_of(reports, "t4.review.upheld"));
  EXPECT_EQ(keys[t4_last]["v"].get<std::string>().substr(0, 3), "t4.");
  // The 2021 report has no value in a 2019-only column, and the other way round.
  EXPECT_TRUE(reports[2][column_of(reports, "t3.other.natural_person")]["v"].is_null());
  EXPECT_EQ(reports[3][column_of(reports, "template")]["v"], "2019");
}

}  // namespace
}  // namespace ogi

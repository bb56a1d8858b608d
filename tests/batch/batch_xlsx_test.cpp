// corpus.xlsx of `ogi batch` and `ogi merge`, read back with openpyxl as a reader's spreadsheet
// program would: the long sheets hold exactly what cells.csv and findings.csv hold, the wide
// sheet one row per report with each value under its key, and flagged values marked.
#include <gtest/gtest.h>

#include "tests/support/batch_test_support.h"
#include "tests/support/xlsx_reading.h"

namespace ogi {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::fixture_path;

constexpr const char* kFlaggedFill = "FFC7CE";

// A CSV file's rows without its byte order mark.
std::vector<std::vector<std::string>> csv_rows(const fs::path& file) {
  std::string text = testing::read_bytes(file);
  if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
  return testing::parse_csv(text);
}

// A sheet equals a CSV file when every field reads the same: numbers by value ("1.0" is 1),
// text as it is, a blank cell as an empty field.
void expect_sheet_equals_csv(const std::vector<std::vector<json>>& sheet, const fs::path& csv) {
  const auto rows = csv_rows(csv);
  ASSERT_EQ(sheet.size(), rows.size()) << csv;
  for (size_t r = 0; r < rows.size(); ++r) {
    ASSERT_EQ(sheet[r].size(), rows[r].size()) << csv << " row " << r + 1;
    for (size_t c = 0; c < rows[r].size(); ++c) {
      const json& cell = sheet[r][c];
      const std::string& field = rows[r][c];
      if (cell.is_null()) {
        EXPECT_EQ(field, "") << csv << " row " << r + 1 << " column " << c + 1;
      } else if (cell.is_number()) {
        EXPECT_DOUBLE_EQ(cell.get<double>(), std::stod(field)) << csv << " row " << r + 1;
      } else {
        EXPECT_EQ(cell.get<std::string>(), field) << csv << " row " << r + 1;
      }
    }
  }
}

std::string key_of(const json& cell) {
  return cell["table"].get<std::string>() + "." + cell["row"].get<std::string>() + "." +
         cell["col"].get<std::string>();
}

size_t column_of(const json& reports, const std::string& name) {
  const json& names = reports[1];
  for (size_t c = 0; c < names.size(); ++c) {
    if (names[c]["v"] == name) return c;
  }
  ADD_FAILURE() << "no column " << name;
  return 0;
}

class BatchXlsx : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    scratch_ = new fs::path(testing::scratch_dir("xlsx"));
    exit_code_ = testing::run_ogi({"batch", fixture_path("batch").string(),
                                   fixture_path("bad/not_a_zip.docx").string(), "--out",
                                   (*scratch_ / "out").string()});
    workbook_ = new json(testing::read_xlsx(*scratch_ / "out" / "corpus.xlsx"));
  }
  static void TearDownTestSuite() {
    delete workbook_;
    delete scratch_;
  }
  static fs::path out() { return *scratch_ / "out"; }

  static inline fs::path* scratch_ = nullptr;
  static inline json* workbook_ = nullptr;
  static inline int exit_code_ = -1;
};

TEST_F(BatchXlsx, SheetsHoldTheCsvRows) {
  EXPECT_EQ(exit_code_, 2);  // not_a_zip.docx is unreadable
  ASSERT_FALSE(workbook_->is_null()) << "openpyxl could not read corpus.xlsx";
  EXPECT_EQ((*workbook_)["sheets"], json::array({"reports", "findings", "cells"}));
  expect_sheet_equals_csv(testing::sheet_values(*workbook_, "cells"), out() / "cells.csv");
  expect_sheet_equals_csv(testing::sheet_values(*workbook_, "findings"), out() / "findings.csv");
}

TEST_F(BatchXlsx, ReportsSheetHasOneRowPerReportAndAColumnPerKey) {
  ASSERT_FALSE(workbook_->is_null());
  const json& reports = (*workbook_)["reports"];
  const auto records = testing::read_jsonl(out() / "reports.jsonl");
  ASSERT_EQ(reports.size(), records.size() + 2);

  const size_t natural = column_of(reports, "t3.carried_over.natural_person");
  EXPECT_EQ(reports[0][natural]["v"], "表三 上年结转/自然人");
  EXPECT_EQ(reports[0][column_of(reports, "agency")]["v"], "机关");
  // 2021 reports only: 2019's keys have no column.
  for (const auto& name : reports[1]) {
    EXPECT_NE(name["v"], "t3.other.natural_person");
  }

  for (size_t i = 0; i < records.size(); ++i) {
    const json& row = reports[i + 2];
    const json& record = records[i];
    EXPECT_EQ(row[column_of(reports, "ordinal")]["v"], i + 1);
    EXPECT_EQ(row[column_of(reports, "path")]["v"], record["source"]["path"]);
    EXPECT_EQ(row[column_of(reports, "agency")]["v"], record["report"]["agency"]);
    EXPECT_EQ(row[column_of(reports, "year")]["v"], record["report"]["year"]);
    for (const auto& cell : record["cells"]) {
      // A number as a number, a blank as a blank, text printed where a number belongs as text.
      const json& shown = row[column_of(reports, key_of(cell))]["v"];
      const json expected = !cell["value"].is_null() ? cell["value"]
                            : cell["raw"] == ""      ? json()
                                                     : cell["raw"];
      EXPECT_EQ(shown, expected) << testing::file_name(record) << " " << key_of(cell);
    }
  }
  const json& unreadable = reports.back();
  EXPECT_EQ(unreadable[column_of(reports, "status")]["v"], "unreadable");
  EXPECT_EQ(unreadable[column_of(reports, "errors")]["v"], records.back()["errors"][0]["code"]);
  EXPECT_TRUE(unreadable[natural]["v"].is_null());
}

// fixtures/make_batch_fixtures.py: agency_2023 carries over 2 natural-person requests where
// 2022 carried forward 1 (T3-6, a warning the corpus adds).
TEST_F(BatchXlsx, FlaggedValuesAreFilledAndNoted) {
  ASSERT_FALSE(workbook_->is_null());
  const json& reports = (*workbook_)["reports"];
  const size_t path = column_of(reports, "path");
  const size_t natural = column_of(reports, "t3.carried_over.natural_person");
  const size_t legal = column_of(reports, "t3.carried_over.commercial");
  const json* row_2023 = nullptr;
  for (const auto& row : reports) {
    if (row[path]["v"].is_string() &&
        row[path]["v"].get<std::string>().ends_with("agency_2023.docx")) {
      row_2023 = &row;
    }
  }
  ASSERT_NE(row_2023, nullptr);
  const json& flagged = (*row_2023)[natural];
  EXPECT_EQ(flagged["v"], 2);
  EXPECT_EQ(flagged["fill"], kFlaggedFill);
  const std::string note = flagged.value("note", "");
  EXPECT_TRUE(note.starts_with("T3-6 警告：表三 自然人列：上年结转 2 ≠ 2022年报告（")) << note;
  EXPECT_FALSE((*row_2023)[legal].contains("fill"));
  EXPECT_FALSE((*row_2023)[legal].contains("note"));

  // The same value in the long sheet carries the same fill.
  const json& cells = (*workbook_)["cells"];
  size_t marked = 0;
  for (const auto& row : cells) {
    if (row[1]["v"].is_string() && row[1]["v"].get<std::string>().ends_with("agency_2023.docx") &&
        row[5]["v"] == "t3" && row[6]["v"] == "carried_over" && row[7]["v"] == "natural_person") {
      EXPECT_EQ(row[8]["fill"], kFlaggedFill);
      ++marked;
    }
  }
  EXPECT_EQ(marked, 1u);
}

// Sharded runs joined by `ogi merge` get the workbook of one run.
TEST_F(BatchXlsx, MergeWritesTheSameWorkbook) {
  const fs::path scratch = *scratch_;
  std::vector<std::string> merge = {"merge", (scratch / "merged").string()};
  for (int part = 1; part <= 2; ++part) {
    const fs::path shard = scratch / ("shard" + std::to_string(part));
    testing::run_ogi({"batch", fixture_path("batch").string(),
                      fixture_path("bad/not_a_zip.docx").string(), "--out", shard.string(),
                      "--shard", std::to_string(part) + "/2"});
    merge.push_back(shard.string());
  }
  EXPECT_EQ(testing::run_ogi(merge), 2);
  EXPECT_EQ(testing::read_bytes(scratch / "merged" / "corpus.xlsx"),
            testing::read_bytes(out() / "corpus.xlsx"));
}

}  // namespace
}  // namespace ogi

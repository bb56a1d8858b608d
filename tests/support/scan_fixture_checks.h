#pragma once

// Shared by the tests of the scan fixtures (fixtures/scan/, fixtures/make_scan_fixtures.sh), all
// made from report_2021.pdf: a fixture read into its record, report_2021's truth restricted to
// the pages a fixture scanned, and what every scanned cell must be: right or, if wrong, doubted
// (confidence < 0.9) or named by an error or warning finding, never silently wrong.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "cli/evaluation.h"
#include "pipeline/pipeline.h"
#include "tests/support/pdf_fixture_check.h"
#include "tests/support/record_checks.h"
#include "tests/support/test_paths.h"

namespace ogi::testing {

// The dev set's target for scans (dev_set_test.cpp): 99.5 % of cells right.
inline constexpr double kMinScanCellsRight = 0.995;

inline std::string scan_fixture(const std::string& name) {
  return fixture_path("scan/" + name).string();
}

inline nlohmann::json read_record(const std::string& path) {
  const ProcessedFile processed = process_file(path);
  EXPECT_FALSE(processed.unreadable) << path;
  return record_json(processed.report);
}

inline std::string key_of(const nlohmann::json& cell) {
  return cell["table"].get<std::string>() + "." + cell["row"].get<std::string>() + "." +
         cell["col"].get<std::string>();
}

// report_2021's truth restricted to the cells printed on `pages` of the born-digital
// report_2021.pdf, from which every scan fixture was rendered.
inline nlohmann::json truth_on_pages(const std::vector<int>& pages) {
  const nlohmann::json born_digital = read_record(pdf_fixture("report_2021"));
  std::map<std::string, int> page_of;
  for (const nlohmann::json& cell : born_digital["cells"]) {
    if (cell["page"].is_number()) page_of[key_of(cell)] = cell["page"].get<int>();
  }
  nlohmann::json truth = fixture_truth("docx/report_2021.truth.json");
  nlohmann::json kept = nlohmann::json::array();
  for (const nlohmann::json& cell : truth["cells"]) {
    const auto found = page_of.find(key_of(cell));
    if (found != page_of.end() && std::ranges::find(pages, found->second) != pages.end()) {
      kept.push_back(cell);
    }
  }
  truth["cells"] = kept;
  return truth;
}

// Every truth cell at its key: at least 99.5 % exactly right, and each wrong one doubted or
// flagged (no silent error). Returns the score for further checks.
inline FormatScore expect_scanned_cells_right(const nlohmann::json& truth,
                                              const nlohmann::json& record,
                                              const std::string& name) {
  FormatScore score;
  score_record(truth, record, name, score);
  EXPECT_GT(score.truth_cells, 0) << name;
  EXPECT_EQ(score.silent_errors, 0) << name;
  for (const std::string& wrong : score.wrong_cells) {
    EXPECT_EQ(wrong.find("SILENT"), std::string::npos) << wrong;
  }
  EXPECT_GE(score.cells_right, kMinScanCellsRight * score.truth_cells)
      << name << ": " << score.cells_right << " of " << score.truth_cells << " cells right";
  expect_printed_cells_located(record, name);
  return score;
}

inline nlohmann::json cell_at(const nlohmann::json& record, const std::string& key) {
  for (const nlohmann::json& cell : record["cells"]) {
    if (key_of(cell) == key) return cell;
  }
  return nlohmann::json();
}

}  // namespace ogi::testing

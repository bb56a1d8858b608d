#pragma once

// Shared by the PDF fixture tests: a fixture report read through the whole pipeline and held
// against its truth file, cell by cell, with every printed cell's page and bbox checked against
// the text layer.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

#include "cli/evaluation.h"
#include "extractors/pdf/pdf_extractor.h"
#include "layout/structure/paged/glyph_lines.h"
#include "normalize/text_normalize.h"
#include "pipeline/pipeline.h"
#include "tests/support/record_checks.h"
#include "tests/support/test_paths.h"

namespace ogi::testing {

inline std::string pdf_fixture(const std::string& name) {
  return fixture_path("pdf/" + name + ".pdf").string();
}

// A truth file under fixtures/, e.g. "docx/report_2021.truth.json".
inline nlohmann::json fixture_truth(const std::string& relative_path) {
  std::ifstream in(fixture_path(relative_path));
  return nlohmann::json::parse(in);
}

inline bool inside(const Box& inner, const Box& outer, double slack) {
  return inner.x0 >= outer.x0 - slack && inner.y0 >= outer.y0 - slack &&
         inner.x1 <= outer.x1 + slack && inner.y1 <= outer.y1 + slack;
}

// Text of the page's glyphs whose centres lie in the box, line by line, normalized: what a reader
// sees in a cell's bbox.
inline std::string text_in_box(const Page& page, const Box& box) {
  std::vector<Glyph> glyphs;
  for (const Glyph& glyph : page_glyphs(page)) {
    const Box centre{glyph.box.center_x(), glyph.box.center_y(), glyph.box.center_x(),
                     glyph.box.center_y()};
    if (inside(centre, box, 0)) glyphs.push_back(glyph);
  }
  return normalize_text(lines_text(group_lines(std::move(glyphs))));
}

// Whether every finding of the record but an info names a cell the truth has blank (value null):
// a rule that cannot be checked because a cell is EMPTY says so, and that is no false alarm.
inline bool alarms_only_on_blank_cells(const nlohmann::json& truth, const nlohmann::json& record) {
  std::set<std::string> blank;
  for (const nlohmann::json& cell : truth["cells"]) {
    if (cell["value"].is_null()) {
      blank.insert(cell["table"].get<std::string>() + "." + cell["row"].get<std::string>() + "." +
                   cell["col"].get<std::string>());
    }
  }
  for (const nlohmann::json& finding : record["validation"]["findings"]) {
    if (finding["severity"] == "info") continue;
    bool names_blank = false;
    for (const nlohmann::json& cell : finding["cells"]) {
      names_blank = names_blank || blank.contains(cell.get<std::string>());
    }
    if (!names_blank || finding["rule"] == "C-2") return false;
  }
  return true;
}

// Every truth value at its key, every printed cell with a page and a bbox around its text, the
// record's identity as in the truth, the injected inconsistency flagged, no other alarm (with
// `blank_cells`, alarms only about rules a blank cell leaves unchecked).
inline void expect_fixture_right(const std::string& name, const nlohmann::json& truth,
                                 bool blank_cells = false) {
  const ProcessedFile processed = process_file(pdf_fixture(name));
  ASSERT_FALSE(processed.unreadable);
  const nlohmann::json record = record_json(processed.report);
  FormatScore score;
  score_record(truth, record, name + ".pdf", score);
  for (const std::string& wrong : score.wrong_cells) ADD_FAILURE() << wrong;
  EXPECT_EQ(score.cells_right, score.truth_cells);
  if (blank_cells) {
    EXPECT_TRUE(alarms_only_on_blank_cells(truth, record)) << record["validation"].dump(1);
  } else {
    EXPECT_EQ(score.false_alarm_findings, 0) << record["validation"].dump(1);
  }
  EXPECT_EQ(score.injected_flagged, score.injected) << record["validation"].dump(1);
  for (const char* field : {"agency", "year", "template", "published"}) {
    EXPECT_EQ(record["report"][field], truth[field]) << field;
  }
  const Document text_layer = extract_pdf(pdf_fixture(name));
  for (const CanonicalCell& cell : processed.report.cells) {
    if (cell.value.semantic == Semantic::kEmpty) continue;
    ASSERT_TRUE(cell.page.has_value()) << cell.key();
    ASSERT_TRUE(cell.box.has_value()) << cell.key();
    EXPECT_EQ(text_in_box(text_layer.pages.at(*cell.page - 1), *cell.box), cell.value.raw)
        << cell.key();
  }
}

}  // namespace ogi::testing

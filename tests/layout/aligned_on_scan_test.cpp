// A table a scan printed without a grid that layout could find, rebuilt from the alignment of
// OCR'd text (Table::aligned_on_scan): where each value sits rests on misreadable text alone, so
// its values are never confident and a MAP-4 warning names them, per table.
#include <gtest/gtest.h>

#include "extractors/extractor.h"
#include "layout/mapping/report_builder.h"
#include "layout/structure/structure_rebuild.h"
#include "normalize/document_normalize.h"
#include "tests/support/test_paths.h"

namespace ogi {
namespace {

Document rebuilt(const std::string& fixture) {
  Document document = extract_document(testing::fixture_path(fixture).string());
  normalize_document(document);
  rebuild_structure(document);
  return document;
}

const Finding* finding_of(const Report& report, const std::string& rule) {
  for (const Finding& finding : report.findings) {
    if (finding.rule == rule) return &finding;
  }
  return nullptr;
}

TEST(AlignedOnScan, ValuesOfATableRebuiltFromAScansTextAreDoubtedAndNamed) {
  Document document = rebuilt("docx/report_2021.docx");
  const Report ruled = build_report(document);
  EXPECT_EQ(finding_of(ruled, "MAP-4"), nullptr);

  for (Table& table : document.tables) table.aligned_on_scan = true;
  const Report aligned = build_report(document);
  size_t named = 0;
  for (const Finding& finding : aligned.findings) {
    if (finding.rule != "MAP-4") continue;
    EXPECT_EQ(finding.severity, Severity::kWarning);
    named += finding.cells.size();
  }
  EXPECT_EQ(named, 200u);
  for (const CanonicalCell& cell : aligned.cells) {
    if (!cell.found) continue;
    EXPECT_LT(cell.confidence, kConfidentReading) << cell.key();
  }
  // The values themselves are what the table holds.
  for (size_t i = 0; i < aligned.cells.size(); ++i) {
    EXPECT_EQ(aligned.cells[i].value.raw, ruled.cells[i].value.raw) << ruled.cells[i].key();
  }
  const Finding* t3 = nullptr;
  for (const Finding& finding : aligned.findings) {
    if (finding.rule == "MAP-4" && finding.message.starts_with("表三")) t3 = &finding;
  }
  ASSERT_NE(t3, nullptr);
  EXPECT_NE(t3->message.find("未找到表格线"), std::string::npos);
}

}  // namespace
}  // namespace ogi

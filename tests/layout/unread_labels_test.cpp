// Labels lost in a scan (a header or row label read blank or garbled) are placed by the template's
// order between the labels that were read: the values land at their keys, with confidence below 0.9
// and one MAP-3 warning naming them. Exercised on a dev report with those labels blanked.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "model/report.h"
#include "pipeline/pipeline.h"
#include "tests/support/scratch_dir.h"
#include "tests/support/test_paths.h"

namespace ogi {
namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

void blank_first(std::string& html, const std::string& cell_text) {
  const size_t at = html.find(">" + cell_text + "</td>");
  ASSERT_NE(at, std::string::npos) << cell_text;
  html.erase(at + 1, cell_text.size());
}

std::set<std::string> map3_cells(const Report& report) {
  std::set<std::string> cells;
  for (const Finding& finding : report.findings) {
    if (finding.rule == "MAP-3") cells.insert(finding.cells.begin(), finding.cells.end());
  }
  return cells;
}

// Every value of the clean report is read at its key; the `doubted` ones below 0.9, the rest
// with the clean report's confidence.
void expect_values_kept(const Report& clean, const Report& read,
                        const std::set<std::string>& doubted) {
  ASSERT_FALSE(clean.cells.empty());
  for (const CanonicalCell& cell : clean.cells) {
    const CanonicalCell* found = read.find_cell(cell.key());
    ASSERT_NE(found, nullptr) << cell.key();
    EXPECT_EQ(found->value.raw, cell.value.raw) << cell.key();
    if (doubted.contains(cell.key())) {
      EXPECT_LT(found->confidence, 0.9) << cell.key();
    } else {
      EXPECT_EQ(found->confidence, cell.confidence) << cell.key();
    }
  }
}

// The keys of 表三's `rows` (row keys after "t3."), every column.
std::set<std::string> t3_row_cells(std::initializer_list<const char*> rows) {
  std::set<std::string> keys;
  for (const char* row : rows) {
    for (const char* col : {"natural_person", "commercial", "research", "social_welfare",
                            "legal_services", "other_org", "total"}) {
      keys.insert(std::string("t3.") + row + "." + col);
    }
  }
  return keys;
}

TEST(UnreadLabels, BlankHeadersAndRowLabelsArePlacedByTemplateOrder) {
  const auto source = testing::shared_dir() / "dev" / "docs" / "d007.html";
  if (!std::filesystem::exists(source)) GTEST_SKIP() << "no shared dir";
  std::string html = read_file(source);
  blank_first(html, "结果维持");          // 表四's first leaf header, under 行政复议
  blank_first(html, "未经复议直接起诉");  // a whole group header of 表四
  blank_first(html, "（七）总计");        // 表三's total row label
  const testing::ScratchDir scratch;
  const Report clean = process_file(source.string()).report;
  const Report blanked = process_file(scratch.file("d007.html", html)).report;

  std::set<std::string> inferred = t3_row_cells({"total"});
  inferred.insert("t4.review.upheld");
  for (const char* col : {"upheld", "corrected", "other", "pending", "total"}) {
    inferred.insert(std::string("t4.litigation_direct.") + col);
  }
  EXPECT_EQ(map3_cells(blanked), inferred);
  EXPECT_TRUE(map3_cells(clean).empty());
  expect_values_kept(clean, blanked, inferred);
}

void replace_first(std::string& html, const std::string& from, const std::string& to) {
  const size_t at = html.find(from);
  ASSERT_NE(at, std::string::npos) << from;
  html.replace(at, from.size(), to);
}

// What a scan does to labels (tests/extractors/scan_*: the same on images): the rule between two
// headers lost, so one cell over two value columns prints both; a row label misread in three
// glyphs behind a stroke left of a lost "一、"; a speck read as ":" and a faint quote dropped.
// Every value still lands at its key, and the clean report's values are all there.
TEST(UnreadLabels, RunTogetherHeadersAndMisreadLabelsKeepTheirKeys) {
  const auto source = testing::shared_dir() / "dev" / "docs" / "d007.html";
  if (!std::filesystem::exists(source)) GTEST_SKIP() << "no shared dir";
  std::string html = read_file(source);
  replace_first(html, "<td align=\"center\">科研机构</td><td align=\"center\">社会公益组织</td>",
                "<td align=\"center\" colspan=\"2\">科研机构社会公益组织</td>");
  replace_first(html, "本年新收政府信息公开申请数量", "一本年曾收政府们息公开申请数量");
  replace_first(html, "3.危及“三安全一稳定”", "3.:危及“三安全一稳定");
  const testing::ScratchDir scratch;
  const Report clean = process_file(source.string()).report;
  const Report garbled = process_file(scratch.file("d007.html", html)).report;
  ASSERT_FALSE(clean.cells.empty());
  for (const CanonicalCell& cell : clean.cells) {
    const CanonicalCell* read = garbled.find_cell(cell.key());
    ASSERT_NE(read, nullptr) << cell.key();
    EXPECT_EQ(read->value.raw, cell.value.raw) << cell.key();
  }
  for (const Finding& finding : garbled.findings) {
    EXPECT_NE(finding.rule, "MAP-2") << finding.message;
    EXPECT_NE(finding.rule, "C-2") << finding.message;
  }
}

// Two headers a scan ran together, each cell reading both (本年废止件数现行有效件数: the rule
// between them lost, the row below split at the values' gutter) and a value missing under the
// first: the template's columns do not say which of the two a value under one of them is, so each
// value there is a guess, doubted and named by MAP-3 — the 40 of 现行有效件数 is never silently
// 本年废止件数's.
TEST(UnreadLabels, ValueUnderTwoHeadersReadAsOneIsAGuess) {
  const auto source = testing::shared_dir() / "dev" / "docs" / "d007.html";
  if (!std::filesystem::exists(source)) GTEST_SKIP() << "no shared dir";
  std::string html = read_file(source);
  replace_first(html,
                "<td align=\"center\">本年废止件数</td><td align=\"center\">现行有效件数</td>",
                "<td align=\"center\">本年废止件数现行有效件数</td><td "
                "align=\"center\">本年废止件数现行有效件数</td>");
  replace_first(html,
                "<td align=\"center\">行政规范性文件</td><td align=\"center\">0</td><td "
                "align=\"center\">7</td><td align=\"center\">40</td>",
                "<td align=\"center\" colspan=\"3\">行政规范性文件0 7</td><td "
                "align=\"center\">40</td>");
  const testing::ScratchDir scratch;
  const Report joined = process_file(scratch.file("d007.html", html)).report;
  const std::set<std::string> guessed = map3_cells(joined);
  for (const CanonicalCell& cell : joined.cells) {
    if (cell.table != "t2") continue;
    const bool under_both = cell.key().ends_with(".repealed") || cell.key().ends_with(".in_force");
    if (!cell.value.raw.empty() && under_both) {
      EXPECT_LT(cell.confidence, 0.9) << cell.key() << " = " << cell.value.raw;
      EXPECT_TRUE(guessed.contains(cell.key())) << cell.key();
    } else if (!cell.value.raw.empty()) {
      EXPECT_GE(cell.confidence, 0.9) << cell.key();
      EXPECT_FALSE(guessed.contains(cell.key())) << cell.key();
    }
  }
  const CanonicalCell* forty = nullptr;
  for (const CanonicalCell& cell : joined.cells) {
    if (cell.value.raw == "40") forty = &cell;
  }
  ASSERT_NE(forty, nullptr);
  EXPECT_LT(forty->confidence, 0.9) << forty->key();
}

// Labels a scan garbled beyond recognition, two rows one after the other: the rows take the two
// places the template's order leaves between the rows read above and below them, doubted and
// named by MAP-3; every other value keeps its confidence.
TEST(UnreadLabels, RunOfGarbledRowLabelsTakesTheRowsBetween) {
  const auto source = testing::shared_dir() / "dev" / "docs" / "d007.html";
  if (!std::filesystem::exists(source)) GTEST_SKIP() << "no shared dir";
  std::string html = read_file(source);
  replace_first(html, ">5.属于三类内部事务信息<", ">犭丬氵冫<");
  replace_first(html, ">6.属于四类过程性信息<", ">丬犭冫<");
  const testing::ScratchDir scratch;
  const Report clean = process_file(source.string()).report;
  const Report garbled = process_file(scratch.file("d007.html", html)).report;
  const std::set<std::string> inferred =
      t3_row_cells({"denied.internal_affairs", "denied.process_info"});
  EXPECT_EQ(map3_cells(garbled), inferred);
  expect_values_kept(clean, garbled, inferred);
}

// A garbled item label beside the group label that starts in its row ((四)无法提供 | 1.本机关不
// 掌握…): the row is the item whose label was lost, not the group's subtotal.
TEST(UnreadLabels, GarbledItemBesideItsGroupLabelIsTheItemNotASubtotal) {
  const auto source = testing::shared_dir() / "dev" / "docs" / "d007.html";
  if (!std::filesystem::exists(source)) GTEST_SKIP() << "no shared dir";
  std::string html = read_file(source);
  replace_first(html, ">1.本机关不掌握相关政府信息<", ">冫犭丬氵<");
  const testing::ScratchDir scratch;
  const Report clean = process_file(source.string()).report;
  const Report garbled = process_file(scratch.file("d007.html", html)).report;
  const std::set<std::string> inferred = t3_row_cells({"unable.not_held"});
  EXPECT_EQ(map3_cells(garbled), inferred);
  expect_values_kept(clean, garbled, inferred);
  for (const CanonicalCell& cell : garbled.cells) {
    EXPECT_EQ(cell.key().find("subtotal"), std::string::npos) << cell.key();
  }
}

// Garbled labels of a table's first row and of its last two rows: the first takes the
// template's first row (nothing read above it), the last two its last two (nothing after them).
TEST(UnreadLabels, GarbledLabelsAtTheTablesStartAndEndTakeTheFirstAndLastRows) {
  const auto source = testing::shared_dir() / "dev" / "docs" / "d007.html";
  if (!std::filesystem::exists(source)) GTEST_SKIP() << "no shared dir";
  std::string html = read_file(source);
  replace_first(html, ">一、本年新收政府信息公开申请数量<", ">犭丬氵冫<");
  replace_first(html, ">（七）总计<", ">丬犭<");
  replace_first(html, ">四、结转下年度继续办理<", ">冫氵丬<");
  const testing::ScratchDir scratch;
  const Report clean = process_file(source.string()).report;
  const Report garbled = process_file(scratch.file("d007.html", html)).report;
  const std::set<std::string> inferred = t3_row_cells({"new", "total", "carried_forward"});
  EXPECT_EQ(map3_cells(garbled), inferred);
  expect_values_kept(clean, garbled, inferred);
}

// 表四's group header over the wrong columns (a scan lost the column rule under it): 未经复议直接
// 起诉 over six columns, the sixth being 复议后起诉's 结果维持, and the header row above (行政复议
// | 行政诉讼) cut off the grid. 表四 is still told by the group headers left; the leaf headers,
// read in the template's order once per group, put that column back in its group, doubted and
// named by MAP-3.
TEST(UnreadLabels, GroupHeaderOverTheWrongColumnsIsOverruledByTheLeafOrder) {
  const auto source = testing::shared_dir() / "dev" / "docs" / "d007.html";
  if (!std::filesystem::exists(source)) GTEST_SKIP() << "no shared dir";
  std::string html = read_file(source);
  replace_first(html, "<td colspan=\"5\" align=\"center\">未经复议直接起诉</td>",
                "<td colspan=\"6\" align=\"center\">未经复议直接起诉</td>");
  replace_first(html, "<td colspan=\"5\" align=\"center\">复议后起诉</td>",
                "<td colspan=\"4\" align=\"center\">复议后起诉</td>");
  // The row above, 行政复议 | 行政诉讼, cut off the grid.
  replace_first(html,
                "<tr><td colspan=\"5\" align=\"center\">行政复议</td><td colspan=\"10\" "
                "align=\"center\">行政诉讼</td></tr>",
                "");
  const testing::ScratchDir scratch;
  const Report clean = process_file(source.string()).report;
  const Report shifted = process_file(scratch.file("d007.html", html)).report;
  // 行政复议's columns take their group from the order too: its header was cut off.
  std::set<std::string> inferred = {"t4.litigation_after_review.upheld"};
  for (const char* col : {"upheld", "corrected", "other", "pending", "total"}) {
    inferred.insert(std::string("t4.review.") + col);
  }
  EXPECT_EQ(map3_cells(shifted), inferred);
  expect_values_kept(clean, shifted, inferred);
}

// A garbled label where the template's order leaves a different number of rows (a row the
// report left out after it) is placed nowhere: its values stay out of the template's cells.
TEST(UnreadLabels, GarbledLabelBesideAMissingRowIsPlacedNowhere) {
  const auto source = testing::shared_dir() / "dev" / "docs" / "d007.html";
  if (!std::filesystem::exists(source)) GTEST_SKIP() << "no shared dir";
  std::string html = read_file(source);
  replace_first(html, ">5.属于三类内部事务信息<", ">犭丬氵冫<");
  const size_t row_start = html.rfind("<tr", html.find(">6.属于四类过程性信息<"));
  html.erase(row_start, html.find("</tr>", row_start) + 5 - row_start);
  replace_first(html, "rowspan=\"22\"", "rowspan=\"21\"");
  replace_first(html, "rowspan=\"8\"", "rowspan=\"7\"");
  const testing::ScratchDir scratch;
  const Report clean = process_file(source.string()).report;
  const Report garbled = process_file(scratch.file("d007.html", html)).report;
  EXPECT_TRUE(map3_cells(garbled).empty());
  for (const CanonicalCell& cell : clean.cells) {
    const CanonicalCell* read = garbled.find_cell(cell.key());
    const bool lost = cell.key().starts_with("t3.denied.internal_affairs.") ||
                      cell.key().starts_with("t3.denied.process_info.");
    if (lost) {
      EXPECT_TRUE(read == nullptr || read->value.raw.empty()) << cell.key();
      continue;
    }
    ASSERT_NE(read, nullptr) << cell.key();
    EXPECT_EQ(read->value.raw, cell.value.raw) << cell.key();
  }
}

}  // namespace
}  // namespace ogi

#include "extractors/docx/word_table_builder.h"

#include <gtest/gtest.h>

#include <string>

#include "extractors/docx/number_format.h"
#include "tests/support/table_checks.h"

namespace ogi {
namespace {

using testing::anchor_at;
using testing::expect_consistent_grid;
using testing::expect_span;

WordCellSpec word_cell(std::string text, int span = 1, MergeMark vertical = MergeMark::kNone,
                       MergeMark horizontal = MergeMark::kNone) {
  return {span, vertical, horizontal, std::move(text)};
}

TEST(WordTableBuilder, VerticalMergeOverManyRowsExtendsOneAnchor) {
  WordTableBuilder builder;
  for (int row = 0; row < 30; ++row) {
    builder.begin_row(0);
    builder.add_cell(word_cell(row == 0 ? "block" : "", 1,
                               row == 0 ? MergeMark::kRestart : MergeMark::kContinue));
    builder.add_cell(word_cell(std::to_string(row)));
    builder.end_row(0);
  }
  const Table table = builder.finish(2);
  EXPECT_EQ(table.row_count, 30);
  EXPECT_EQ(table.col_count, 2);
  ASSERT_EQ(table.cells.size(), 31u);
  expect_span(table, 0, 0, 30, 1, "block");
  expect_span(table, 29, 1, 1, 1, "29");
  expect_consistent_grid(table);
}

TEST(WordTableBuilder, ContinueWithoutAnchorOrOfOtherWidthIsACellOfItsOwn) {
  WordTableBuilder builder;
  builder.begin_row(0);
  builder.add_cell(word_cell("orphan", 1, MergeMark::kContinue));
  builder.add_cell(word_cell("wide", 2, MergeMark::kRestart));
  builder.end_row(0);
  builder.begin_row(0);
  builder.add_cell(word_cell("a"));
  builder.add_cell(word_cell("narrow", 1, MergeMark::kContinue));
  builder.add_cell(word_cell("b"));
  builder.end_row(0);
  const Table table = builder.finish(0);
  expect_consistent_grid(table);
  expect_span(table, 0, 0, 1, 1, "orphan");
  expect_span(table, 0, 1, 1, 2, "wide");
  expect_span(table, 1, 1, 1, 1, "narrow");
  expect_span(table, 1, 2, 1, 1, "b");
}

TEST(WordTableBuilder, LegacyHorizontalAndVerticalMergeMakeOneBlock) {
  WordTableBuilder builder;
  builder.begin_row(0);
  builder.add_cell(word_cell("block", 1, MergeMark::kRestart, MergeMark::kRestart));
  builder.add_cell(word_cell("", 1, MergeMark::kRestart, MergeMark::kContinue));
  builder.add_cell(word_cell("right"));
  builder.end_row(0);
  builder.begin_row(0);
  builder.add_cell(word_cell("", 1, MergeMark::kContinue, MergeMark::kRestart));
  builder.add_cell(word_cell("", 1, MergeMark::kContinue, MergeMark::kContinue));
  builder.add_cell(word_cell("below"));
  builder.end_row(0);
  const Table table = builder.finish(3);
  ASSERT_EQ(table.cells.size(), 3u);
  expect_span(table, 0, 0, 2, 2, "block");
  expect_span(table, 1, 2, 1, 1, "below");
  expect_consistent_grid(table);
}

TEST(WordTableBuilder, SkippedColumnsAndHostileSpans) {
  WordTableBuilder builder;
  builder.begin_row(2);
  builder.add_cell(word_cell("x"));
  builder.end_row(3);
  builder.begin_row(-5);
  builder.add_cell(word_cell("huge", 2000000000));
  builder.end_row(0);
  const Table table = builder.finish(4);
  expect_span(table, 0, 2, 1, 1, "x");
  EXPECT_EQ(anchor_at(table, 0, 0), nullptr);
  ASSERT_NE(anchor_at(table, 1, 0), nullptr);
  EXPECT_LE(anchor_at(table, 1, 0)->col_span, 1000);
  EXPECT_EQ(table.col_count, anchor_at(table, 1, 0)->col_span);
  expect_consistent_grid(table);

  WordTableBuilder empty;
  const Table no_rows = empty.finish(4);
  EXPECT_EQ(no_rows.row_count, 0);
  EXPECT_EQ(no_rows.col_count, 4);
}

TEST(ListNumberFormat, FormatsWordPrints) {
  EXPECT_EQ(format_list_number(1, "chineseCounting"), "一");
  EXPECT_EQ(format_list_number(10, "chineseCounting"), "十");
  EXPECT_EQ(format_list_number(11, "chineseCountingThousand"), "十一");
  EXPECT_EQ(format_list_number(20, "chineseCounting"), "二十");
  EXPECT_EQ(format_list_number(105, "chineseCounting"), "一百零五");
  EXPECT_EQ(format_list_number(2, "chineseLegalSimplified"), "贰");
  EXPECT_EQ(format_list_number(2, "ideographTraditional"), "乙");
  EXPECT_EQ(format_list_number(3, "decimalEnclosedCircle"), "③");
  EXPECT_EQ(format_list_number(21, "decimalEnclosedCircle"), "21");
  EXPECT_EQ(format_list_number(12, "decimalFullWidth"), "１２");
  EXPECT_EQ(format_list_number(7, "decimalZero"), "07");
  EXPECT_EQ(format_list_number(14, "upperRoman"), "XIV");
  EXPECT_EQ(format_list_number(27, "lowerLetter"), "aa");
  EXPECT_EQ(format_list_number(5, "bullet"), "");
  EXPECT_EQ(format_list_number(5, "someFutureFormat"), "5");
}

}  // namespace
}  // namespace ogi

#include "normalize/cell_value_parser.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace ogi {
namespace {

void expect_semantic(std::string_view text, Semantic semantic) {
  const CellValue cell = parse_cell_value(text);
  EXPECT_EQ(cell.semantic, semantic) << text;
  if (semantic != Semantic::kNumeric && semantic != Semantic::kZero) {
    EXPECT_FALSE(cell.value.has_value()) << text;
  }
}

TEST(ParseCellValue, BlankCellsAreEmpty) {
  for (std::string_view text : {"", " ", "\u00A0", "\u3000\n\t", "&nbsp;", "\u200B"}) {
    expect_semantic(text, Semantic::kEmpty);
  }
  EXPECT_EQ(parse_cell_value(" \u00A0").raw, "");
}

TEST(ParseCellValue, ZeroForms) {
  for (std::string_view text : {"0", "0件", "零", "０", "0.00", "0元", "〇", "00", " 0 "}) {
    const CellValue cell = parse_cell_value(text);
    EXPECT_EQ(cell.semantic, Semantic::kZero) << text;
    EXPECT_EQ(cell.value, std::optional<double>(0.0)) << text;
    EXPECT_FALSE(cell.explicit_sign) << text;
  }
  EXPECT_EQ(parse_cell_value("0件").unit, "件");
  EXPECT_EQ(parse_cell_value("0元").unit, "元");
  EXPECT_TRUE(parse_cell_value("0.00").is_decimal);
  EXPECT_EQ(parse_cell_value("０").raw, "0");
}

TEST(ParseCellValue, NotApplicableForms) {
  for (std::string_view text :
       {"/", "-", "—", "——", "--", "－", "不适用", "无", "N/A", "n/a", "\\", "／", "― ―", "无。"}) {
    expect_semantic(text, Semantic::kNa);
  }
}

TEST(ParseCellValue, PlainNumbers) {
  struct Case {
    std::string_view text;
    double value;
    bool is_decimal;
  };
  for (const Case& c :
       {Case{"12", 12, false}, Case{"1,234", 1234, false}, Case{"1，234,567", 1234567, false},
        Case{"１２", 12, false}, Case{"86.03", 86.03, true}, Case{"0.35", 0.35, true},
        Case{" 17\n", 17, false}, Case{"12。", 12, false}}) {
    const CellValue cell = parse_cell_value(c.text);
    EXPECT_EQ(cell.semantic, Semantic::kNumeric) << c.text;
    EXPECT_EQ(cell.value, std::optional<double>(c.value)) << c.text;
    EXPECT_EQ(cell.is_decimal, c.is_decimal) << c.text;
    EXPECT_FALSE(cell.explicit_sign) << c.text;
    EXPECT_EQ(cell.unit, "") << c.text;
  }
  EXPECT_EQ(parse_cell_value("１２").raw, "12");
  EXPECT_EQ(parse_cell_value("12。").raw, "12。");
}

TEST(ParseCellValue, SignedChanges) {
  struct Case {
    std::string_view text;
    double value;
  };
  for (const Case& c :
       {Case{"+1036", 1036}, Case{"-8", -8}, Case{"－8", -8}, Case{"增加2", 2}, Case{"减少1", -1},
        Case{"增2", 2}, Case{"减3", -3}, Case{"+ 12", 12}, Case{"减少 4 件", -4}}) {
    const CellValue cell = parse_cell_value(c.text);
    EXPECT_EQ(cell.semantic, Semantic::kNumeric) << c.text;
    EXPECT_EQ(cell.value, std::optional<double>(c.value)) << c.text;
    EXPECT_TRUE(cell.explicit_sign) << c.text;
  }
  const CellValue no_change = parse_cell_value("-0");
  EXPECT_EQ(no_change.semantic, Semantic::kZero);
  EXPECT_EQ(no_change.value, std::optional<double>(0.0));
  EXPECT_TRUE(no_change.explicit_sign);
}

TEST(ParseCellValue, UnitsAreRecordedNotConverted) {
  struct Case {
    std::string_view text;
    double value;
    std::string_view unit;
  };
  for (const Case& c : {Case{"251000元", 251000, "元"}, Case{"12.5万元", 12.5, "万元"},
                        Case{"3条", 3, "条"}, Case{"5项", 5, "项"}, Case{"2个", 2, "个"},
                        Case{"12 件", 12, "件"}, Case{"1,036件", 1036, "件"}}) {
    const CellValue cell = parse_cell_value(c.text);
    EXPECT_EQ(cell.semantic, Semantic::kNumeric) << c.text;
    EXPECT_EQ(cell.value, std::optional<double>(c.value)) << c.text;
    EXPECT_EQ(cell.unit, c.unit) << c.text;
  }
}

// Anything a reader would have to interpret stays TEXT, so nothing is invented.
TEST(ParseCellValue, AmbiguousCellsAreText) {
  for (std::string_view text :
       {"约100", "100余", "100多", "5%", "abc", "其他", "1\n2", "1 2", "1,23", "1234,567", "12元整",
        "一", ".5", "1.5.3", "。", "12次", "(8)"}) {
    expect_semantic(text, Semantic::kText);
  }
  EXPECT_EQ(parse_cell_value("1\n2").raw, "1 2");
  EXPECT_EQ(parse_cell_value("约 100").raw, "约100");
}

TEST(ParseCellValue, SeedCells) {
  // Seed 002 (Markdown table with a trailing space), seed 003 (2019 本年增/减 column).
  const CellValue fee = parse_cell_value("2380.31 ");
  EXPECT_EQ(fee.semantic, Semantic::kNumeric);
  EXPECT_EQ(fee.value, std::optional<double>(2380.31));
  EXPECT_TRUE(fee.is_decimal);
  EXPECT_EQ(fee.raw, "2380.31");
  EXPECT_EQ(parse_cell_value("-4").value, std::optional<double>(-4));
  EXPECT_EQ(parse_cell_value("+1").value, std::optional<double>(1));
  EXPECT_TRUE(parse_cell_value("+1").explicit_sign);
  // Seed 004 vertical header text is a label, not a value.
  expect_semantic("结 果 维 持", Semantic::kText);
  EXPECT_EQ(parse_cell_value("结 果 维 持").raw, "结果维持");
}

}  // namespace
}  // namespace ogi

// Display labels come from the template entries (LabelledKey::shown), not from a second table.
#include "template/display_labels.h"

#include <gtest/gtest.h>

#include "template/template_schema.h"

namespace ogi {
namespace {

TEST(DisplayLabels, ShortLabelsWhereTheOfficialOneIsLong) {
  EXPECT_EQ(cell_label("t3.new.total"), "本年新收/总计");
  EXPECT_EQ(cell_label("t3.carried_forward.other_org"), "结转下年度/其他组织");
  EXPECT_EQ(cell_label("t2.art20_8.administrative_fees.amount_10k_yuan"),
            "行政事业性收费/本年收费金额（万元）");
  EXPECT_EQ(row_label("t4", "litigation_direct"), "行政诉讼（未经复议直接起诉）");
}

TEST(DisplayLabels, SubtotalsAreNamedAfterTheirGroupAndUnknownKeysStayAscii) {
  EXPECT_EQ(row_label("t3", subtotal_row("denied")), "不予公开小计");
  EXPECT_EQ(row_label("t3", "other"), "其他处理");
  EXPECT_EQ(col_label("t3", "org_subtotal"), "法人或其他组织小计");
  EXPECT_EQ(row_label("t3", "made_up"), "made_up");
}

TEST(DisplayLabels, EveryOfficialCellHasALabel) {
  for (const TemplateSchema* schema : templates()) {
    for (const CellKey& key : official_cell_keys(*schema)) {
      EXPECT_NE(row_label(key.table, key.row), key.row) << key.text();
      EXPECT_NE(col_label(key.table, key.col), key.col) << key.text();
    }
  }
}

}  // namespace
}  // namespace ogi

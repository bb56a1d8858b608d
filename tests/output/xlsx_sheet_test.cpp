// A table longer than a sheet goes on in "<name> (2)", "<name> (3)" under the same header, so a
// corpus past Excel's 1 048 576 rows loses no row (here with a limit of 3 rows a sheet).
#include "output/xlsx_sheet.h"

#include <gtest/gtest.h>

#include "tests/support/xlsx_reading.h"

namespace ogi {
namespace {

using nlohmann::json;

TEST(XlsxSheet, RowsPastTheLimitGoOnInANewSheetUnderTheSameHeader) {
  const auto file = testing::scratch_dir("xlsx_sheet") / "long.xlsx";
  {
    XlsxWorkbook workbook(file);
    XlsxSheet sheet(workbook, "cells", {{"key", "value"}}, 0, 3);
    for (long long i = 1; i <= 5; ++i) sheet.write_row({std::string("k") + std::to_string(i), i});
    workbook.commit();
  }
  const json read = testing::read_xlsx(file);
  ASSERT_FALSE(read.is_null());
  EXPECT_EQ(read["sheets"], json::array({"cells", "cells (2)", "cells (3)"}));
  EXPECT_EQ(testing::sheet_values(read, "cells"),
            (std::vector<std::vector<json>>{{"key", "value"}, {"k1", 1}, {"k2", 2}}));
  EXPECT_EQ(testing::sheet_values(read, "cells (2)"),
            (std::vector<std::vector<json>>{{"key", "value"}, {"k3", 3}, {"k4", 4}}));
  EXPECT_EQ(testing::sheet_values(read, "cells (3)"),
            (std::vector<std::vector<json>>{{"key", "value"}, {"k5", 5}}));
}

// A workbook abandoned before commit() leaves nothing under its name.
TEST(XlsxSheet, AnAbandonedWorkbookLeavesNoFile) {
  const auto dir = testing::scratch_dir("xlsx_abandoned");
  {
    XlsxWorkbook workbook(dir / "corpus.xlsx");
    XlsxSheet sheet(workbook, "reports", {{"a"}});
    sheet.write_row({1LL});
  }
  EXPECT_TRUE(std::filesystem::is_empty(dir));
}

}  // namespace
}  // namespace ogi

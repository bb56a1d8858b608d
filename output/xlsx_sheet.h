#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "output/corpus_value.h"
#include "output/xlsx_workbook.h"

namespace ogi {

// One table of a workbook: header rows, then data rows written in order. Past Excel's last
// row (1 048 576) the table goes on in a sheet "<name> (2)" with the same header, so a corpus
// larger than one sheet loses no row.
class XlsxSheet {
 public:
  static constexpr uint32_t kExcelRows = 1048576;

  // `header` rows are repeated on every continuation sheet; the first gets the label format,
  // the others the key format. `frozen_columns` stay in view when scrolling right. `max_rows`
  // (header included) is Excel's limit but in tests, which cannot write a million rows.
  XlsxSheet(XlsxWorkbook& workbook, std::string name, std::vector<std::vector<std::string>> header,
            uint16_t frozen_columns = 0, uint32_t max_rows = kExcelRows);

  // Starts the next data row; the calls below write into it.
  void next_row();
  // A number as a number, text as text, NULL as a blank cell (with `format` when given, so
  // that a mark shows on a blank too).
  void write(uint16_t column, const CorpusValue& value, lxw_format* format = nullptr);
  void write_row(const CorpusRow& row);
  // A note (comment) on a cell of the current row.
  void note(uint16_t column, const std::string& text);

 private:
  void start_sheet();

  XlsxWorkbook& workbook_;
  std::string name_;
  std::vector<std::vector<std::string>> header_;
  uint16_t frozen_columns_;
  uint32_t max_rows_;
  int sheets_ = 0;
  lxw_worksheet* sheet_ = nullptr;
  uint32_t row_ = 0;  // the current row, 0-based
};

}  // namespace ogi

#include "output/xlsx_sheet.h"

#include <xlsxwriter.h>

namespace ogi {
namespace {

// Excel keeps at most 32 767 characters in a cell (libxlsxwriter refuses more); longer text is
// cut at a character boundary, so a record with a huge message still gets its row.
constexpr size_t kExcelTextMax = 32767;

std::string cell_text(const std::string& text) {
  if (text.size() <= kExcelTextMax) return text;
  size_t end = kExcelTextMax;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end);
}

}  // namespace

XlsxSheet::XlsxSheet(XlsxWorkbook& workbook, std::string name,
                     std::vector<std::vector<std::string>> header, uint16_t frozen_columns,
                     uint32_t max_rows)
    : workbook_(workbook),
      name_(std::move(name)),
      header_(std::move(header)),
      frozen_columns_(frozen_columns),
      max_rows_(max_rows) {
  start_sheet();
}

void XlsxSheet::start_sheet() {
  ++sheets_;
  sheet_ = workbook_.add_sheet(sheets_ == 1 ? name_ : name_ + " (" + std::to_string(sheets_) + ")");
  const XlsxFormats& formats = workbook_.formats();
  for (uint32_t row = 0; row < header_.size(); ++row) {
    lxw_format* format = row == 0 ? formats.label : formats.key;
    for (uint16_t column = 0; column < header_[row].size(); ++column) {
      check_xlsx(worksheet_write_string(sheet_, row, column, header_[row][column].c_str(), format),
                 name_ + " header");
    }
  }
  worksheet_freeze_panes(sheet_, static_cast<lxw_row_t>(header_.size()), frozen_columns_);
  row_ = static_cast<uint32_t>(header_.size()) - 1;
}

void XlsxSheet::next_row() {
  if (row_ + 1 >= max_rows_) start_sheet();
  ++row_;
}

void XlsxSheet::write(uint16_t column, const CorpusValue& value, lxw_format* format) {
  lxw_error error = LXW_NO_ERROR;
  if (const auto* text = std::get_if<std::string>(&value)) {
    error = worksheet_write_string(sheet_, row_, column, cell_text(*text).c_str(), format);
  } else if (const auto* integer = std::get_if<long long>(&value)) {
    error = worksheet_write_number(sheet_, row_, column, static_cast<double>(*integer), format);
  } else if (const auto* real = std::get_if<double>(&value)) {
    error = worksheet_write_number(sheet_, row_, column, *real, format);
  } else if (format != nullptr) {
    error = worksheet_write_blank(sheet_, row_, column, format);
  }
  check_xlsx(error, name_ + " row " + std::to_string(row_ + 1));
}

void XlsxSheet::write_row(const CorpusRow& row) {
  next_row();
  for (uint16_t column = 0; column < row.size(); ++column) write(column, row[column]);
}

void XlsxSheet::note(uint16_t column, const std::string& text) {
  check_xlsx(worksheet_write_comment(sheet_, row_, column, cell_text(text).c_str()),
             name_ + " note in row " + std::to_string(row_ + 1));
}

}  // namespace ogi

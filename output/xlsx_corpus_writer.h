#pragma once

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>
#include <vector>

#include "output/cell_marks.h"
#include "output/xlsx_sheet.h"
#include "output/xlsx_workbook.h"

namespace ogi {

// corpus.xlsx, for readers who open the corpus in Excel or LibreOffice:
// - `reports`: one row per report in input order, its identity (the columns of corpus.sqlite's
//   reports table but the record) and then one column per canonical key (wide_columns.h),
//   headed by the Chinese label with the key beneath. Numbers are numbers, a blank cell is
//   blank, a cell printed as text (—, 无) holds that text. A value to check is filled yellow
//   (confidence below 0.9) or red (named by an error or warning finding), with a note saying why.
// - `findings` and `cells`: the rows of findings.csv and cells.csv under the same header, the
//   values of `cells` marked the same way.
class XlsxCorpusWriter {
 public:
  XlsxCorpusWriter(const std::filesystem::path& target, std::vector<std::string> keys);

  void add(const nlohmann::ordered_json& record, long long ordinal);
  void commit() { workbook_.commit(); }

 private:
  void add_report(const nlohmann::ordered_json& record, long long ordinal,
                  const std::map<std::string, CellMark>& marks);
  void add_cells(const nlohmann::ordered_json& record,
                 const std::map<std::string, CellMark>& marks);

  XlsxWorkbook workbook_;
  std::vector<std::string> keys_;
  std::unordered_map<std::string, uint16_t> key_columns_;  // key → its column in `reports`
  XlsxSheet reports_;
  XlsxSheet findings_;
  XlsxSheet cells_;
};

}  // namespace ogi

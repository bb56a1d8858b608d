#pragma once

#include <filesystem>
#include <memory>
#include <string>

#include "output/corpus_file.h"

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace ogi {

struct XlsxWorkbookFree {
  void operator()(lxw_workbook* workbook) const;
};

// The cell formats the corpus sheets use, owned by their workbook.
struct XlsxFormats {
  lxw_format* label = nullptr;           // header row 1: the Chinese label
  lxw_format* key = nullptr;             // header row 2: the key
  lxw_format* low_confidence = nullptr;  // a value read with confidence below 0.9
  lxw_format* flagged = nullptr;         // a value an error or warning finding names
};

// An .xlsx file written by libxlsxwriter that appears complete or not at all (AtomicFile): the
// workbook is written under the temporary name by commit(), and an abandoned one is freed
// without writing. Rows are flushed as they are written (constant memory), so a sheet's rows
// go in order and a corpus of any size costs the same memory.
class XlsxWorkbook {
 public:
  explicit XlsxWorkbook(const std::filesystem::path& target);

  lxw_worksheet* add_sheet(const std::string& name);
  const XlsxFormats& formats() const { return formats_; }
  // Writes and renames; throws std::runtime_error with libxlsxwriter's reason.
  void commit();

 private:
  AtomicFile file_;
  std::string temporary_dir_;
  std::unique_ptr<lxw_workbook, XlsxWorkbookFree> workbook_;
  XlsxFormats formats_;
};

// Throws std::runtime_error naming `what` when libxlsxwriter refused a call (`error` != 0).
void check_xlsx(int error, const std::string& what);

}  // namespace ogi

#pragma once

#include <filesystem>
#include <optional>

#include "output/corpus_file.h"
#include "output/corpus_value.h"
#include "output/sqlite_database.h"

namespace ogi {

// corpus.sqlite: tables reports, cells, findings, agencies and report_cells (the columns of
// corpus_rows.h), indexed by sha256, by (table,row,col), by agency_key and by report_id. Built
// under a temporary name in one transaction and renamed by commit(), so readers never see a
// half-built database.
class SqliteCorpusWriter {
 public:
  explicit SqliteCorpusWriter(const std::filesystem::path& target);

  void add_report(const CorpusRow& row) { reports_->insert(row); }
  void add_cell(const CorpusRow& row) { cells_->insert(row); }
  void add_finding(const CorpusRow& row) { findings_->insert(row); }
  void add_agency(const CorpusRow& row) { agencies_->insert(row); }
  void add_report_cell(const CorpusRow& row) { report_cells_->insert(row); }
  void commit();

 private:
  AtomicFile file_;
  SqliteDatabase database_;
  std::optional<SqliteStatement> reports_;
  std::optional<SqliteStatement> cells_;
  std::optional<SqliteStatement> findings_;
  std::optional<SqliteStatement> agencies_;
  std::optional<SqliteStatement> report_cells_;
};

}  // namespace ogi

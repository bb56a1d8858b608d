#pragma once

#include <filesystem>
#include <optional>

#include "output/corpus_file.h"
#include "output/corpus_value.h"
#include "output/sqlite_database.h"

namespace ogi {

// corpus.sqlite: tables reports, cells and findings (the columns of corpus_rows.h), indexed by
// sha256 and by (table,row,col). Built under a temporary name in one transaction and renamed
// by commit(), so readers never see a half-built database.
class SqliteCorpusWriter {
 public:
  explicit SqliteCorpusWriter(const std::filesystem::path& target);

  void add_report(const CorpusRow& row) { reports_->insert(row); }
  void add_cell(const CorpusRow& row) { cells_->insert(row); }
  void add_finding(const CorpusRow& row) { findings_->insert(row); }
  void commit();

 private:
  AtomicFile file_;
  SqliteDatabase database_;
  std::optional<SqliteStatement> reports_;
  std::optional<SqliteStatement> cells_;
  std::optional<SqliteStatement> findings_;
};

}  // namespace ogi

#include "output/sqlite_writer.h"

#include "output/corpus_rows.h"

namespace ogi {
namespace {

// NUMERIC keeps a cell value an integer or a real, as in the record; everything else is text.
// Column names are quoted: "table" and "row" are keywords.
const char* column_type(const std::string& column) {
  if (column == "year" || column == "page" || column == "ordinal") return "INTEGER";
  if (column == "confidence" || column == "agency_confidence") return "REAL";
  if (column == "value") return "NUMERIC";
  return "TEXT";
}

std::string create_table(const std::string& table, const std::vector<std::string>& columns) {
  std::string sql = "CREATE TABLE " + table + " (";
  for (size_t i = 0; i < columns.size(); ++i) {
    sql += (i > 0 ? ", \"" : "\"") + columns[i] + "\" " + column_type(columns[i]);
  }
  return sql + ");";
}

std::string insert_into(const std::string& table, size_t column_count) {
  std::string sql = "INSERT INTO " + table + " VALUES (";
  for (size_t i = 0; i < column_count; ++i) sql += i > 0 ? ", ?" : "?";
  return sql + ");";
}

SqliteDatabase open_temporary(AtomicFile& file) {
  file.close_stream();
  return SqliteDatabase(file.temporary_path(), SqliteDatabase::Mode::kCreate);
}

}  // namespace

SqliteCorpusWriter::SqliteCorpusWriter(const std::filesystem::path& target)
    : file_(target), database_(open_temporary(file_)) {
  // No journal and no syncs: the file is private until the rename, and a crash only loses a
  // temporary that the next run rebuilds anyway.
  database_.execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;");
  database_.execute(create_table("reports", report_columns()));
  database_.execute(create_table("cells", cell_columns()));
  database_.execute(create_table("findings", finding_columns()));
  database_.execute(create_table("agencies", agency_columns()));
  database_.execute(create_table("report_cells", report_cell_columns()));
  database_.execute("BEGIN;");
  reports_.emplace(database_.prepare(insert_into("reports", report_columns().size())));
  cells_.emplace(database_.prepare(insert_into("cells", cell_columns().size())));
  findings_.emplace(database_.prepare(insert_into("findings", finding_columns().size())));
  agencies_.emplace(database_.prepare(insert_into("agencies", agency_columns().size())));
  report_cells_.emplace(
      database_.prepare(insert_into("report_cells", report_cell_columns().size())));
}

void SqliteCorpusWriter::commit() {
  reports_.reset();
  cells_.reset();
  findings_.reset();
  agencies_.reset();
  report_cells_.reset();
  // Indexes after the rows: building them once is much faster than updating them per insert.
  database_.execute(
      "CREATE INDEX reports_sha256 ON reports (sha256);"
      "CREATE INDEX cells_sha256 ON cells (sha256);"
      "CREATE INDEX cells_key ON cells (\"table\", \"row\", col);"
      "CREATE INDEX findings_sha256 ON findings (sha256);"
      "CREATE INDEX findings_rule ON findings (rule);"
      "CREATE UNIQUE INDEX agencies_key ON agencies (agency_key);"
      "CREATE INDEX reports_agency ON reports (agency_key, year);"
      "CREATE INDEX reports_report ON reports (report_id);"
      "CREATE INDEX report_cells_report ON report_cells (report_id);"
      "COMMIT;");
  file_.commit();
}

}  // namespace ogi

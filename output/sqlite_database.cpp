#include "output/sqlite_database.h"

#include <sqlite3.h>

#include <stdexcept>

namespace ogi {
namespace {

void bind(sqlite3_stmt* statement, int index, const CorpusValue& value) {
  if (const auto* text = std::get_if<std::string>(&value)) {
    sqlite3_bind_text(statement, index, text->data(), static_cast<int>(text->size()),
                      SQLITE_TRANSIENT);
  } else if (const auto* integer = std::get_if<long long>(&value)) {
    sqlite3_bind_int64(statement, index, *integer);
  } else if (const auto* real = std::get_if<double>(&value)) {
    sqlite3_bind_double(statement, index, *real);
  } else {
    sqlite3_bind_null(statement, index);
  }
}

std::string column_text(sqlite3_stmt* statement, int column) {
  const unsigned char* text = sqlite3_column_text(statement, column);
  return text == nullptr ? "" : reinterpret_cast<const char*>(text);
}

}  // namespace

void SqliteCloser::operator()(sqlite3* database) const { sqlite3_close(database); }
void SqliteFinalizer::operator()(sqlite3_stmt* statement) const { sqlite3_finalize(statement); }

void SqliteStatement::insert(const CorpusRow& row) {
  sqlite3_stmt* statement = statement_.get();
  for (size_t i = 0; i < row.size(); ++i) bind(statement, static_cast<int>(i) + 1, row[i]);
  const int status = sqlite3_step(statement);
  sqlite3_reset(statement);
  sqlite3_clear_bindings(statement);
  if (status != SQLITE_DONE) {
    throw std::runtime_error(std::string("sqlite: ") +
                             sqlite3_errmsg(sqlite3_db_handle(statement)));
  }
}

SqliteDatabase::SqliteDatabase(const std::filesystem::path& path, Mode mode) {
  const int flags =
      mode == Mode::kReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  sqlite3* handle = nullptr;
  const int status = sqlite3_open_v2(path.c_str(), &handle, flags, nullptr);
  database_.reset(handle);  // sqlite3_open_v2 returns a handle to close even when it fails
  if (status != SQLITE_OK) fail(path.string());
}

void SqliteDatabase::fail(const std::string& what) const {
  const char* message = database_ ? sqlite3_errmsg(database_.get()) : "out of memory";
  throw std::runtime_error("sqlite: " + what + ": " + message);
}

sqlite3_stmt* SqliteDatabase::compile(const std::string& sql) {
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v2(database_.get(), sql.c_str(), -1, &statement, nullptr) != SQLITE_OK) {
    fail(sql);
  }
  return statement;
}

void SqliteDatabase::execute(const std::string& sql) {
  if (sqlite3_exec(database_.get(), sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK) {
    fail(sql);
  }
}

SqliteStatement SqliteDatabase::prepare(const std::string& sql) {
  return SqliteStatement(compile(sql));
}

std::vector<std::vector<std::string>> SqliteDatabase::query(const std::string& sql) {
  std::unique_ptr<sqlite3_stmt, SqliteFinalizer> statement(compile(sql));
  std::vector<std::vector<std::string>> rows;
  int status = SQLITE_ROW;
  while ((status = sqlite3_step(statement.get())) == SQLITE_ROW) {
    std::vector<std::string> row;
    for (int column = 0; column < sqlite3_column_count(statement.get()); ++column) {
      row.push_back(column_text(statement.get(), column));
    }
    rows.push_back(std::move(row));
  }
  if (status != SQLITE_DONE) fail(sql);
  return rows;
}

}  // namespace ogi

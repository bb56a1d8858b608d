#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "output/corpus_value.h"

struct sqlite3;
struct sqlite3_stmt;

namespace ogi {

struct SqliteCloser {
  void operator()(sqlite3* database) const;
};
struct SqliteFinalizer {
  void operator()(sqlite3_stmt* statement) const;
};

// A prepared statement run once per row: bind, step, reset.
class SqliteStatement {
 public:
  explicit SqliteStatement(sqlite3_stmt* statement) : statement_(statement) {}
  // Throws std::runtime_error with SQLite's message when the row is refused.
  void insert(const CorpusRow& row);

 private:
  std::unique_ptr<sqlite3_stmt, SqliteFinalizer> statement_;
};

class SqliteDatabase {
 public:
  enum class Mode { kReadOnly, kCreate };
  // Throws std::runtime_error naming the file when it cannot be opened.
  SqliteDatabase(const std::filesystem::path& path, Mode mode);

  void execute(const std::string& sql);
  SqliteStatement prepare(const std::string& sql);
  // Every result row, each column as text ("" for NULL): for tools and tests that ask questions.
  std::vector<std::vector<std::string>> query(const std::string& sql);

 private:
  [[noreturn]] void fail(const std::string& what) const;
  sqlite3_stmt* compile(const std::string& sql);

  std::unique_ptr<sqlite3, SqliteCloser> database_;
};

}  // namespace ogi

// Stopping `ogi batch` at any point (kill -9, Ctrl-C) loses nothing: no half record is left,
// and rerunning the same command finishes the work with outputs equal to an uninterrupted run.
#include <gtest/gtest.h>

#include "output/sqlite_database.h"
#include "tests/support/batch_test_support.h"

namespace ogi {
namespace {

namespace fs = std::filesystem;
using testing::fixture_path;

// The fifth input in walk order; a worker hung on it stops the run after four records.
constexpr const char* kHangsOn = "nested_table.docx";
constexpr size_t kRecordsBeforeHang = 4;

std::vector<std::string> batch_args(const fs::path& out) {
  return {"batch",
          fixture_path("docx").string(),
          fixture_path("batch").string(),
          "--out",
          out.string(),
          "-j",
          "1"};
}

std::vector<std::vector<std::string>> table_rows(const fs::path& out, const std::string& table) {
  SqliteDatabase database(out / "corpus.sqlite", SqliteDatabase::Mode::kReadOnly);
  return database.query("SELECT * FROM " + table + " ORDER BY rowid");
}

void expect_same_corpus(const fs::path& expected, const fs::path& actual) {
  for (const std::string file : {"reports.jsonl", "cells.csv", "findings.csv"}) {
    const std::string bytes = testing::read_bytes(actual / file);
    EXPECT_FALSE(bytes.empty()) << file;
    EXPECT_TRUE(bytes == testing::read_bytes(expected / file)) << file << " differs";
  }
  for (const std::string table : {"reports", "cells", "findings"}) {
    const auto rows = table_rows(actual, table);
    EXPECT_FALSE(rows.empty()) << table;
    EXPECT_TRUE(rows == table_rows(expected, table)) << table << " rows differ";
  }
}

// Every stored record is complete JSON: a killed worker or batch leaves none half-written.
void expect_whole_records(const fs::path& out) {
  for (const auto& entry : fs::directory_iterator(out / "records")) {
    if (entry.path().extension() != ".json") continue;
    const auto record = nlohmann::json::parse(testing::read_bytes(entry.path()), nullptr, false);
    EXPECT_FALSE(record.is_discarded()) << entry.path();
  }
}

// Processes whose command line names `out`: workers outliving their batch would show here.
size_t processes_writing(const fs::path& out) {
  size_t count = 0;
  std::error_code error;
  for (const auto& entry : fs::directory_iterator("/proc", error)) {
    const std::string command = testing::read_bytes(entry.path() / "cmdline");
    if (command.find(out.string()) != std::string::npos) ++count;
  }
  return count;
}

bool no_process_writing(const fs::path& out) {
  for (int attempt = 0; attempt < 250; ++attempt) {
    if (processes_writing(out) == 0) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return false;
}

TEST(BatchResume, KillNineMidRunThenRerunEqualsUninterruptedRun) {
  const fs::path scratch = testing::scratch_dir("kill");
  ASSERT_EQ(testing::run_ogi(batch_args(scratch / "whole")), 0);

  const fs::path out = scratch / "killed";
  const pid_t batch = testing::spawn_ogi(batch_args(out), {{"OGI_TEST_HANG_ON", kHangsOn}});
  ASSERT_TRUE(testing::wait_for_records(out, kRecordsBeforeHang, 10));
  kill(batch, SIGKILL);
  EXPECT_EQ(testing::wait_for(batch), 128 + SIGKILL);
  EXPECT_TRUE(no_process_writing(out)) << "a worker outlived its batch";
  EXPECT_EQ(testing::count_records(out), kRecordsBeforeHang);
  expect_whole_records(out);
  EXPECT_FALSE(fs::exists(out / "manifest.jsonl"));

  EXPECT_EQ(testing::run_ogi(batch_args(out)), 0);
  expect_same_corpus(scratch / "whole", out);
}

TEST(BatchResume, CtrlCStopsWithExit130AndRerunFinishes) {
  const fs::path scratch = testing::scratch_dir("interrupt");
  ASSERT_EQ(testing::run_ogi(batch_args(scratch / "whole")), 0);

  const fs::path out = scratch / "interrupted";
  const pid_t batch = testing::spawn_ogi(batch_args(out), {{"OGI_TEST_HANG_ON", kHangsOn}});
  ASSERT_TRUE(testing::wait_for_records(out, kRecordsBeforeHang, 10));
  kill(batch, SIGINT);
  EXPECT_EQ(testing::wait_for(batch), 130);
  EXPECT_EQ(processes_writing(out), 0u) << "the batch returned before its workers ended";
  expect_whole_records(out);

  EXPECT_EQ(testing::run_ogi(batch_args(out)), 0);
  expect_same_corpus(scratch / "whole", out);
}

TEST(BatchResume, RerunOfAFinishedBatchRedoesNothingAndChangesNothing) {
  const fs::path out = testing::scratch_dir("rerun") / "out";
  ASSERT_EQ(testing::run_ogi(batch_args(out)), 0);
  const std::string before = testing::read_bytes(out / "reports.jsonl");
  const auto stamp = fs::last_write_time(out / "records");
  // A worker started now would crash; none may be.
  EXPECT_EQ(testing::run_ogi(batch_args(out), {{"OGI_TEST_CRASH_ON", "report_2021.docx"}}), 0);
  EXPECT_EQ(testing::read_bytes(out / "reports.jsonl"), before);
  EXPECT_EQ(fs::last_write_time(out / "records"), stamp);
}

}  // namespace
}  // namespace ogi

// `ogi batch` over inputs that must not be read as files — a FIFO, /dev/zero, a link to nothing,
// a 10 GB sparse file — among good reports: the batch reads no input bytes itself, so it
// finishes in seconds with one record per input, each bad one saying what it is. A name that is
// not UTF-8 is written one way in every corpus file, and SIGTERM ends a stuck batch at once.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/stat.h>

#include <chrono>

#include "model/path_text.h"
#include "model/utf8.h"
#include "output/sqlite_database.h"
#include "tests/support/batch_test_support.h"

namespace ogi {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

std::string copy_fixture(const fs::path& scratch, const std::string& fixture,
                         const std::string& name) {
  fs::copy_file(testing::fixture_path(fixture), scratch / name);
  return (scratch / name).string();
}

std::string error_code(const nlohmann::json& record) {
  return record["errors"].empty() ? "" : record["errors"][0]["code"].get<std::string>();
}

bool valid_utf8(const std::string& text) { return u32_to_utf8(utf8_to_u32(text)) == text; }

TEST(BatchHostileInputs, FifoDevZeroFolderAndDanglingLinkLeaveEveryRecordWritten) {
  const fs::path scratch = testing::scratch_dir("hostile");
  const std::string good = copy_fixture(scratch, "docx/report_2021.docx", "good.docx");
  const std::string good2 = copy_fixture(scratch, "docx/report_2019.docx", "good2.docx");
  const std::string fifo = (scratch / "fifo.pdf").string();
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  const std::string zero = (scratch / "zero.pdf").string();
  fs::create_symlink("/dev/zero", zero);
  const std::string dangling = (scratch / "gone.docx").string();
  fs::create_symlink(scratch / "nothing.docx", dangling);
  // A folder is walked: its FIFO named like a report is an input too, and gets its record.
  const fs::path folder = scratch / "folder";
  fs::create_directory(folder);
  const std::string inner_fifo = (folder / "inner.pdf").string();
  ASSERT_EQ(mkfifo(inner_fifo.c_str(), 0600), 0);
  const std::string sparse = (scratch / "huge.pdf").string();
  {
    const int fd = open(sparse.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    ASSERT_GE(fd, 0);
    ASSERT_EQ(ftruncate(fd, off_t{10} << 30), 0);
    close(fd);
  }

  const fs::path out = scratch / "out";
  const auto start = Clock::now();
  const int exit_code = testing::wait_for_at_most(
      testing::spawn_ogi({"batch", good, fifo, zero, "/dev/zero", folder.string(), dangling, sparse,
                          good2, "--out", out.string(), "-j", "2"}),
      testing::time_bound(10));
  const double seconds = seconds_since(start);
  EXPECT_EQ(exit_code, 2);
  EXPECT_LT(seconds, testing::time_bound(5));

  const auto records = testing::read_jsonl(out / "reports.jsonl");
  const std::vector<std::pair<std::string, std::string>> expected = {{good, ""},
                                                                     {fifo, "not_a_file"},
                                                                     {zero, "not_a_file"},
                                                                     {"/dev/zero", "not_a_file"},
                                                                     {inner_fifo, "not_a_file"},
                                                                     {dangling, "unreadable"},
                                                                     {sparse, "too_large"},
                                                                     {good2, ""}};
  ASSERT_EQ(records.size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(records[i]["source"]["path"], expected[i].first);
    EXPECT_EQ(error_code(records[i]), expected[i].second) << expected[i].first;
  }
  EXPECT_EQ(records[0]["cells"].size(), 200u);
  EXPECT_EQ(testing::cell_value(records[0], "t3.new.total"), 46);
  EXPECT_EQ(testing::cell_value(records[7], "t3.new.total"), 30);
  EXPECT_NE(records[1]["errors"][0]["message"].get<std::string>().find("FIFO"), std::string::npos);
  EXPECT_NE(records[5]["errors"][0]["message"].get<std::string>().find("dangling"),
            std::string::npos);
  EXPECT_NE(records[6]["errors"][0]["message"].get<std::string>().find("10737418240 bytes"),
            std::string::npos);
  SqliteDatabase db(out / "corpus.sqlite", SqliteDatabase::Mode::kReadOnly);
  EXPECT_EQ(db.query("SELECT count(*) FROM reports WHERE status = 'unreadable'")[0][0], "6");
  EXPECT_TRUE(fs::exists(out / "manifest.jsonl"));
  fs::remove_all(scratch);
}

TEST(BatchHostileInputs, ANonUtf8NameIsTheSameTextInJsonCsvAndSqlite) {
  const fs::path scratch = testing::scratch_dir("name");
  const std::string raw = copy_fixture(scratch, "docx/report_2021.docx", "bad\xff\xfename.docx");
  const std::string text = path_text(raw);
  ASSERT_NE(text, raw);
  const fs::path out = scratch / "out";
  const std::vector<std::string> args = {"batch", raw, "--out", out.string(), "-j", "1"};
  ASSERT_EQ(testing::run_ogi(args), 0);

  const auto records = testing::read_jsonl(out / "reports.jsonl");
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0]["source"]["path"], text);
  EXPECT_EQ(path_from_text(records[0]["source"]["path"].get<std::string>()), raw);
  EXPECT_EQ(records[0]["cells"].size(), 200u);

  for (const std::string csv : {"cells.csv", "findings.csv"}) {
    EXPECT_TRUE(valid_utf8(testing::read_bytes(out / csv))) << csv;
  }
  const auto rows = testing::parse_csv(testing::read_bytes(out / "cells.csv").substr(3));
  ASSERT_EQ(rows.size(), 201u);
  for (size_t i = 1; i < rows.size(); ++i) ASSERT_EQ(rows[i][1], text);

  SqliteDatabase db(out / "corpus.sqlite", SqliteDatabase::Mode::kReadOnly);
  EXPECT_EQ(db.query("SELECT path FROM reports")[0][0], text);
  EXPECT_EQ(db.query("SELECT DISTINCT path FROM cells")[0][0], text);
  const std::string first = testing::read_bytes(out / "reports.jsonl");
  // A resumed run writes the same bytes: the manifest kept the name as it was written.
  ASSERT_EQ(testing::run_ogi(args), 0);
  EXPECT_EQ(testing::read_bytes(out / "reports.jsonl"), first);
  fs::remove_all(scratch);
}

TEST(BatchHostileInputs, SigtermEndsAStuckBatchAtOnceKeepingWhatWasDone) {
  const fs::path scratch = testing::scratch_dir("sigterm");
  const std::string good = copy_fixture(scratch, "docx/report_2021.docx", "good.docx");
  const std::string stuck = copy_fixture(scratch, "docx/report_2019.docx", "stuck.docx");
  const std::string fifo = (scratch / "fifo.pdf").string();
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  const fs::path out = scratch / "out";
  const pid_t batch = testing::spawn_ogi(
      {"batch", good, fifo, "/dev/zero", stuck, "--out", out.string(), "-j", "1"},
      {{"OGI_TEST_HANG_ON", "stuck.docx"}});
  ASSERT_TRUE(testing::wait_for_records(out, 1, testing::time_bound(4)));
  const auto start = Clock::now();
  kill(batch, SIGTERM);
  EXPECT_EQ(testing::wait_for_at_most(batch, testing::time_bound(5)), 130);
  EXPECT_LT(seconds_since(start), testing::time_bound(1));
  EXPECT_EQ(testing::count_records(out), 1u);  // good.docx's record is kept

  // The rerun resumes (good.docx is not read again) and finishes every input.
  EXPECT_EQ(testing::run_ogi({"batch", good, fifo, "/dev/zero", stuck, "--out", out.string()}), 2);
  const auto records = testing::read_jsonl(out / "reports.jsonl");
  ASSERT_EQ(records.size(), 4u);
  EXPECT_EQ(records[3]["report"]["template"], "2019");
  fs::remove_all(scratch);
}

}  // namespace
}  // namespace ogi

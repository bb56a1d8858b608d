// `ogi extract FILE...` as a user meets hostile inputs: a FIFO between two reports, a missing
// input, a name that is not UTF-8, and a file that hangs or eats memory under --timeout and
// --max-memory. Every input gets its record, the exit code and message follow the README.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <chrono>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>

#include "model/path_text.h"
#include "tests/support/batch_test_support.h"

namespace ogi {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct ExtractRun {
  int exit_code = -1;
  std::vector<nlohmann::json> records;  // stdout: one indented record, or one per line
  std::string errors;                   // stderr
  double seconds = 0;
};

ExtractRun extract(const fs::path& scratch, const std::vector<std::string>& args,
                   const testing::Environment& extra = {}) {
  const fs::path out = scratch / "stdout.jsonl", err = scratch / "stderr.txt";
  const auto start = Clock::now();
  std::vector<std::string> all = {"extract"};
  all.insert(all.end(), args.begin(), args.end());
  ExtractRun run;
  run.exit_code = testing::wait_for_at_most(
      testing::spawn_ogi(all, extra, err.string(), out.string()), testing::time_bound(10));
  run.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  const std::string output = testing::read_bytes(out);
  if (output.starts_with("{\n")) {
    run.records.push_back(nlohmann::json::parse(output));
  } else {
    run.records = testing::read_jsonl(out);
  }
  run.errors = testing::read_bytes(err);
  return run;
}

std::string copy_fixture(const fs::path& scratch, const std::string& fixture,
                         const std::string& name) {
  fs::copy_file(testing::fixture_path(fixture), scratch / name);
  return (scratch / name).string();
}

std::string error_code(const nlohmann::json& record) {
  return record["errors"].empty() ? "" : record["errors"][0]["code"].get<std::string>();
}

TEST(ExtractBounds, AFifoBetweenTwoReportsCostsOnlyItsOwnRecord) {
  const fs::path scratch = testing::scratch_dir("extract_fifo");
  const std::string a = copy_fixture(scratch, "docx/report_2021.docx", "a.docx");
  const std::string b = copy_fixture(scratch, "docx/report_2019.docx", "b.docx");
  const std::string fifo = (scratch / "fifo.pdf").string();
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);

  const ExtractRun run = extract(scratch, {a, fifo, b});
  EXPECT_EQ(run.exit_code, 2);
  ASSERT_EQ(run.records.size(), 3u) << run.errors;
  EXPECT_EQ(run.records[0]["cells"].size(), 200u);
  EXPECT_EQ(run.records[1]["source"]["path"], fifo);
  EXPECT_EQ(error_code(run.records[1]), "not_a_file");
  EXPECT_FALSE(run.records[2]["cells"].empty());
  EXPECT_EQ(run.records[2]["report"]["template"], "2019");
  EXPECT_NE(run.errors.find("ogi: " + fifo + ": not_a_file: a FIFO"), std::string::npos)
      << run.errors;
  EXPECT_LT(run.seconds, testing::time_bound(5));
  fs::remove_all(scratch);
}

TEST(ExtractBounds, DevZeroADirectoryAndADanglingLinkEachGetARecord) {
  const fs::path scratch = testing::scratch_dir("extract_special");
  const fs::path zero = scratch / "zero.pdf", dangling = scratch / "gone.docx";
  fs::create_symlink("/dev/zero", zero);
  fs::create_symlink(scratch / "nothing.docx", dangling);
  fs::create_directory(scratch / "folder.docx");

  const ExtractRun run = extract(
      scratch, {zero.string(), (scratch / "folder.docx").string(), dangling.string(), "/dev/zero"});
  EXPECT_EQ(run.exit_code, 2);
  ASSERT_EQ(run.records.size(), 4u) << run.errors;
  EXPECT_EQ(error_code(run.records[0]), "not_a_file");
  EXPECT_EQ(error_code(run.records[1]), "not_a_file");
  EXPECT_EQ(error_code(run.records[2]), "unreadable");
  EXPECT_EQ(error_code(run.records[3]), "not_a_file");
  EXPECT_NE(run.errors.find("ogi: " + dangling.string() + ": unreadable: "), std::string::npos)
      << run.errors;
  EXPECT_LT(run.seconds, testing::time_bound(5));
  fs::remove_all(scratch);
}

TEST(ExtractBounds, AMissingInputIsAUsageErrorBeforeAnyRecord) {
  const fs::path scratch = testing::scratch_dir("extract_missing");
  const std::string a = copy_fixture(scratch, "docx/report_2021.docx", "a.docx");
  const std::string missing = (scratch / "missing.docx").string();
  const ExtractRun run = extract(scratch, {a, missing});
  EXPECT_EQ(run.exit_code, 64);
  EXPECT_TRUE(run.records.empty());
  EXPECT_NE(run.errors.find("ogi: " + missing + ": no such file or folder"), std::string::npos)
      << run.errors;
  fs::remove_all(scratch);
}

TEST(ExtractBounds, ANonUtf8NameIsWrittenEscapedAndTheFileIsRead) {
  const fs::path scratch = testing::scratch_dir("extract_name");
  const std::string raw = copy_fixture(scratch, "docx/report_2021.docx", "bad\xff\xfename.docx");
  const ExtractRun run = extract(scratch, {raw});
  EXPECT_EQ(run.exit_code, 0) << run.errors;
  ASSERT_EQ(run.records.size(), 1u) << run.errors;
  const std::string path = run.records[0]["source"]["path"];
  EXPECT_EQ(fs::path(path).filename().string(), "bad\\xff\\xfename.docx");
  EXPECT_EQ(path_from_text(path), raw);
  EXPECT_EQ(run.records[0]["cells"].size(), 200u);
  fs::remove_all(scratch);
}

TEST(ExtractBounds, TimeoutAndMaxMemoryBoundOneFileAsInBatch) {
  const fs::path scratch = testing::scratch_dir("extract_limits");
  const std::string hangs = copy_fixture(scratch, "docx/report_2021.docx", "hangs.docx");
  const std::string bloats = copy_fixture(scratch, "docx/report_2019.docx", "bloats.docx");
  const std::string good = copy_fixture(scratch, "docx/report_2021.docx", "good.docx");
  const ExtractRun run =
      extract(scratch, {"--timeout", "2", "--max-memory", "200", hangs, bloats, good},
              {{"OGI_TEST_HANG_ON", "hangs.docx"}, {"OGI_TEST_BLOAT_ON", "bloats.docx"}});
  EXPECT_EQ(run.exit_code, 2);
  ASSERT_EQ(run.records.size(), 3u) << run.errors;
  EXPECT_EQ(error_code(run.records[0]), "timeout");
  EXPECT_EQ(run.records[0]["source"]["sha256"].get<std::string>().size(), 64u);
  EXPECT_EQ(error_code(run.records[1]), "memory_limit");
  EXPECT_EQ(run.records[2]["cells"].size(), 200u);
  EXPECT_NE(run.errors.find("ogi: " + hangs + ": timeout: "), std::string::npos) << run.errors;
  EXPECT_LT(run.seconds, testing::time_bound(5));
  fs::remove_all(scratch);
}

}  // namespace
}  // namespace ogi

// Office files through the real `ogi`: without LibreOffice a clear error for that file only, a
// converter past the file's time limit killed with its process group, and `ogi batch -j 2`
// converting files side by side, each conversion with its own profile.
#include <gtest/gtest.h>
#include <signal.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "tests/support/batch_test_support.h"
#include "tests/support/office_checks.h"
#include "tests/support/scratch_dir.h"
#include "tests/support/test_paths.h"

namespace ogi {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

std::string fixture(const std::string& name) { return testing::fixture_path(name).string(); }

// `ogi ARGS...` with $PATH set to `path`; its exit code, stdout and stderr.
struct ProgramRun {
  int exit_code = -1;
  std::string out;
  std::string err;
};
ProgramRun run_with_path(const std::string& path, const std::vector<std::string>& ogi_args,
                         const testing::ScratchDir& dir, double seconds) {
  std::vector<std::string> args = {"PATH=" + path, testing::ogi_binary()};
  args.insert(args.end(), ogi_args.begin(), ogi_args.end());
  const pid_t pid =
      testing::spawn_program("/usr/bin/env", args, {}, dir.path("err"), dir.path("out"));
  ProgramRun run;
  run.exit_code = testing::wait_for_at_most(pid, seconds);
  run.out = testing::read_bytes(dir.path("out"));
  run.err = testing::read_bytes(dir.path("err"));
  return run;
}

TEST(OfficeCli, WithoutLibreOfficeTheFileGetsAClearErrorAndTheOthersAreRead) {
  const testing::ScratchDir dir;
  const ProgramRun run = run_with_path(
      dir.path("no-programs"),
      {"extract", fixture("office/d001.doc"), fixture("docx/report_2021.docx")}, dir, 60);
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_NE(run.err.find("d001.doc: converter_missing: "), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("apt-get install libreoffice-writer-nogui"), std::string::npos) << run.err;
  std::istringstream lines(run.out);
  std::string line;
  ASSERT_TRUE(std::getline(lines, line));
  const json doc = json::parse(line);
  EXPECT_EQ(doc["source"]["format"], "doc");
  EXPECT_EQ(doc["errors"][0]["code"], "converter_missing");
  EXPECT_TRUE(doc["cells"].empty());
  ASSERT_TRUE(std::getline(lines, line));
  const json docx = json::parse(line);
  EXPECT_EQ(docx["errors"], json::array());
  EXPECT_EQ(docx["cells"].size(), 200u);
}

// A converter that never finishes: it notes its and its child's process ids and waits.
std::string hanging_converter(const testing::ScratchDir& dir) {
  fs::create_directories(dir.path("bin"));
  const std::string script = dir.path("bin/soffice");
  std::ofstream(script) << "#!/bin/sh\nsleep 600 &\necho $$ $! > " << dir.path("pids")
                        << "\nwait\n";
  fs::permissions(script, fs::perms::owner_all);
  return dir.path("bin");
}

bool process_alive(pid_t pid) {
  // A killed process may stay a zombie until init reaps it: gone when /proc says so.
  std::ifstream status("/proc/" + std::to_string(pid) + "/stat");
  std::string pid_text, name, state;
  return status >> pid_text >> name >> state && state != "Z";
}

TEST(OfficeCli, ConverterPastTheFilesTimeLimitIsKilledWithItsProcessGroup) {
  const testing::ScratchDir dir;
  const std::string bin = hanging_converter(dir);
  const ProgramRun run = run_with_path(
      bin + ":/usr/bin:/bin", {"extract", "--timeout", "4", fixture("office/d001.doc")}, dir, 30);
  EXPECT_EQ(run.exit_code, 2) << run.err;
  const json record = json::parse(run.out);
  ASSERT_FALSE(record["errors"].empty());
  EXPECT_EQ(record["errors"][0]["code"], "conversion_timeout") << record["errors"].dump();
  std::ifstream pids(dir.path("pids"));
  pid_t shell = 0, sleeper = 0;
  ASSERT_TRUE(pids >> shell >> sleeper);
  EXPECT_FALSE(process_alive(shell));
  EXPECT_FALSE(process_alive(sleeper));
}

TEST(OfficeCli, BatchConvertsSideBySideEachWithItsOwnProfile) {
  const testing::ScratchDir dir;
  fs::create_directories(dir.path("in"));
  fs::copy_file(fixture("office/d001.doc"), dir.path("in/d001.doc"));
  fs::copy_file(fixture("office/d001.wps"), dir.path("in/d001.wps"));
  fs::copy_file(fixture("mht/d012_gbk_qp.mht"), dir.path("in/d012.mht"));
  const pid_t pid = testing::spawn_ogi(
      {"batch", dir.path("in"), "--out", dir.path("out"), "-j", "2", "--timeout", "110"});
  ASSERT_EQ(testing::wait_for_at_most(pid, 240), 0);
  const auto records = testing::read_jsonl(fs::path(dir.path("out")) / "reports.jsonl");
  ASSERT_EQ(records.size(), 3u);
  for (const json& record : records) {
    const std::string format = record["source"]["format"];
    SCOPED_TRACE(format);
    EXPECT_EQ(record["errors"], json::array());
    const auto cells = testing::record_cells(record);
    if (format == "mht") {
      EXPECT_EQ(record["source"]["converted_by"], nullptr);
      continue;
    }
    EXPECT_NE(record["source"]["converted_by"], nullptr);
    EXPECT_EQ(cells.at("t3.new.total")["value"], 617);
    EXPECT_EQ(cells.at("t2.art20_6.administrative_penalty.decisions")["value"], 18769);
  }
}

}  // namespace
}  // namespace ogi

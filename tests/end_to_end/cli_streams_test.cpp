// What each command writes where: records (or the command's text) on stdout only, `ogi:` lines
// on stderr only, and nothing else there but a batch's progress and summary, which --quiet
// leaves out. A script reads stdout as data and stderr as messages.
#include <gtest/gtest.h>

#include <sstream>

#include "output/report_json.h"
#include "tests/support/batch_test_support.h"

namespace ogi {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::fixture_path;

struct Streams {
  int exit_code = -1;
  std::string out;
  std::string err;
};

Streams run_streams(const std::vector<std::string>& args) {
  static int runs = 0;
  const fs::path dir = testing::scratch_dir("streams_" + std::to_string(++runs));
  const pid_t pid =
      testing::spawn_ogi(args, {}, (dir / "stderr").string(), (dir / "stdout").string());
  Streams streams;
  streams.exit_code = testing::wait_for(pid);
  streams.out = testing::read_bytes(dir / "stdout");
  streams.err = testing::read_bytes(dir / "stderr");
  return streams;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

void expect_only_ogi_lines(const std::string& err) {
  for (const std::string& line : lines_of(err)) {
    EXPECT_TRUE(line.starts_with("ogi: ")) << "stderr line: " << line;
  }
}

// Every line of stdout a whole record of the contract.
std::vector<json> records_of(const std::string& out) {
  std::vector<json> records;
  for (const std::string& line : lines_of(out)) {
    json record = json::parse(line, nullptr, false);
    EXPECT_FALSE(record.is_discarded()) << "stdout line: " << line.substr(0, 200);
    if (record.is_discarded()) continue;
    EXPECT_EQ(record["schema_version"], kSchemaVersion);
    records.push_back(record);
  }
  return records;
}

TEST(CliStreams, VersionNamesTheProgramAndTheRecordSchema) {
  const Streams version = run_streams({"--version"});
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_TRUE(version.out.starts_with("ogi 0.")) << version.out;
  EXPECT_NE(version.out.find(std::string("record schema_version ") + kSchemaVersion),
            std::string::npos)
      << version.out;
  EXPECT_EQ(version.err, "");
}

TEST(CliStreams, ExtractPrintsRecordsOnlyAndErrorsAsOgiLines) {
  const Streams one = run_streams({"extract", fixture_path("docx/report_2021.docx").string()});
  EXPECT_EQ(one.exit_code, 0);
  EXPECT_EQ(json::parse(one.out)["source"]["format"], "docx");
  EXPECT_EQ(one.err, "");

  const Streams several = run_streams(
      {"extract", fixture_path("docx/report_2019.docx").string(),
       fixture_path("bad/not_a_zip.docx").string(), fixture_path("scan/page1_2021.png").string(),
       fixture_path("pdf/corrupt.pdf").string(), fixture_path("html/report_gbk.html").string()});
  EXPECT_EQ(several.exit_code, 2);
  const std::vector<json> records = records_of(several.out);
  ASSERT_EQ(records.size(), 5u);
  EXPECT_EQ(records[2]["source"]["format"], "image");  // read by OCR: nothing printed either
  EXPECT_FALSE(records[2]["cells"].empty());
  expect_only_ogi_lines(several.err);
  EXPECT_NE(several.err.find("ogi: " + fixture_path("bad/not_a_zip.docx").string() + ": "),
            std::string::npos)
      << several.err;

  const fs::path out = testing::scratch_dir("streams_out");
  const Streams to_folder =
      run_streams({"extract", "-o", out.string(), fixture_path("docx/report_2021.docx").string()});
  EXPECT_EQ(to_folder.exit_code, 0);
  EXPECT_EQ(to_folder.out, "");
  EXPECT_EQ(to_folder.err, "");
}

TEST(CliStreams, UsageErrorsAreOgiLines) {
  for (const std::vector<std::string>& args : {std::vector<std::string>{"frobnicate"},
                                               {"extract"},
                                               {"extract", "--no-such-flag", "x"},
                                               {"extract", "/no/such/file.docx"},
                                               {"batch", "/no/such/folder", "--out", "/tmp/x"}}) {
    const Streams usage = run_streams(args);
    EXPECT_EQ(usage.exit_code, 64) << args[0];
    EXPECT_EQ(usage.out, "") << args[0];
    EXPECT_FALSE(usage.err.empty()) << args[0];
    expect_only_ogi_lines(usage.err);
  }
}

TEST(CliStreams, TextCommandsWriteTheirTextOnStdoutOnly) {
  for (const std::string command : {"check", "debug"}) {
    const Streams text = run_streams({command, fixture_path("docx/report_2021.docx").string()});
    EXPECT_EQ(text.exit_code, 0) << command;
    EXPECT_FALSE(text.out.empty()) << command;
    EXPECT_EQ(text.err, "") << command;
  }
}

// A batch writes its corpus to files; stdout stays empty. Without --quiet stderr holds the
// summary (the progress line only on a terminal); with it, nothing but `ogi:` lines.
TEST(CliStreams, BatchAndMergeWriteNothingOnStdoutAndQuietLeavesOnlyOgiLines) {
  const fs::path scratch = testing::scratch_dir("streams_batch");
  const std::vector<std::string> inputs = {fixture_path("batch").string(),
                                           fixture_path("bad/not_a_zip.docx").string()};
  auto batch = [&](const std::string& out, std::vector<std::string> extra) {
    std::vector<std::string> args = {"batch"};
    args.insert(args.end(), inputs.begin(), inputs.end());
    args.insert(args.end(), {"--out", (scratch / out).string()});
    args.insert(args.end(), extra.begin(), extra.end());
    return run_streams(args);
  };
  const Streams loud = batch("loud", {});
  EXPECT_EQ(loud.exit_code, 2);
  EXPECT_EQ(loud.out, "");
  EXPECT_TRUE(loud.err.starts_with("ogi batch: 5 inputs in ")) << loud.err;

  const Streams quiet = batch("quiet", {"--quiet"});
  EXPECT_EQ(quiet.exit_code, 2);
  EXPECT_EQ(quiet.out, "");
  EXPECT_EQ(quiet.err, "");
  EXPECT_EQ(testing::read_bytes(scratch / "quiet" / "reports.jsonl").size(),
            testing::read_bytes(scratch / "loud" / "reports.jsonl").size());

  // --quiet before the command name, and for merge.
  const Streams before = run_streams(
      {"--quiet", "merge", (scratch / "merged").string(), (scratch / "quiet").string()});
  EXPECT_EQ(before.exit_code, 2);
  EXPECT_EQ(before.out, "");
  EXPECT_EQ(before.err, "");
  const Streams merged_loud =
      run_streams({"merge", (scratch / "merged2").string(), (scratch / "quiet").string()});
  EXPECT_TRUE(merged_loud.err.starts_with("ogi merge: 5 inputs in ")) << merged_loud.err;
}

}  // namespace
}  // namespace ogi

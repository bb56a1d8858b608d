// The `ogi` binary as a user runs it: exit codes, stdout records, -o output, errors on stderr.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "tests/support/test_paths.h"

namespace ogi {
namespace {

struct CommandResult {
  int exit_code = -1;
  std::string output;  // stdout
};

CommandResult run(const std::string& arguments, const std::string& stderr_file = "/dev/null") {
  const std::string command = testing::ogi_binary() + " " + arguments + " 2>" + stderr_file;
  CommandResult result;
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return result;
  std::array<char, 4096> buffer;
  size_t read = 0;
  while ((read = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) {
    result.output.append(buffer.data(), read);
  }
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

std::string fixture(const std::string& name) { return testing::fixture_path(name).string(); }

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

TEST(Cli, ExtractOneFilePrintsOneRecordAndExitsZero) {
  const CommandResult result = run("extract " + fixture("docx/report_2021.docx"));
  EXPECT_EQ(result.exit_code, 0);
  const auto record = nlohmann::json::parse(result.output);
  EXPECT_EQ(record["schema_version"], "1");
  EXPECT_EQ(record["source"]["format"], "docx");
  EXPECT_EQ(record["source"]["sha256"].get<std::string>().size(), 64u);
  EXPECT_EQ(record["cells"].size(), 200u);
  EXPECT_EQ(record["validation"]["status"], "ok");
}

TEST(Cli, OutputIsStableAcrossRuns) {
  const std::string file = fixture("docx/report_2019.docx");
  EXPECT_EQ(run("extract " + file).output, run("extract " + file).output);
}

TEST(Cli, UnreadableFileGetsARecordExitTwoAndAReasonNamingTheFile) {
  const auto errors = std::filesystem::temp_directory_path() / "ogi_cli_stderr.txt";
  const CommandResult result = run("extract " + fixture("bad/not_a_zip.docx"), errors.string());
  EXPECT_EQ(result.exit_code, 2);
  const auto record = nlohmann::json::parse(result.output);
  EXPECT_TRUE(record["cells"].empty());
  ASSERT_FALSE(record["errors"].empty());
  EXPECT_TRUE(record["report"]["agency"].is_null());
  const std::string message = read_text(errors);
  EXPECT_NE(message.find("not_a_zip.docx"), std::string::npos) << message;
}

TEST(Cli, BatchOfGoodAndBadWritesEveryRecordAndExitsTwo) {
  const auto out = std::filesystem::temp_directory_path() / "ogi_cli_out";
  std::filesystem::remove_all(out);
  const CommandResult result =
      run("extract -o " + out.string() + " " + fixture("docx/report_2021.docx") + " " +
          fixture("bad/empty.docx") + " " + fixture("bad/no_tables.docx"));
  EXPECT_EQ(result.exit_code, 2);
  const auto good = nlohmann::json::parse(read_text(out / "report_2021.docx.json"));
  EXPECT_EQ(good["cells"].size(), 200u);
  const auto empty = nlohmann::json::parse(read_text(out / "empty.docx.json"));
  EXPECT_EQ(empty["errors"][0]["code"], "empty_file");
  const auto no_tables = nlohmann::json::parse(read_text(out / "no_tables.docx.json"));
  EXPECT_EQ(no_tables["errors"][0]["code"], "no_tables");
}

TEST(Cli, CheckPrintsChineseLabelsAndFindings) {
  const CommandResult result = run("check " + fixture("docx/inconsistent_t3.docx"));
  EXPECT_EQ(result.exit_code, 0);
  // The template's display labels, the ones findings print (总计 alone would not say which row).
  EXPECT_NE(result.output.find("办理结果总计"), std::string::npos);
  EXPECT_NE(result.output.find("T3-1"), std::string::npos);
  EXPECT_NE(result.output.find("校验结果: error"), std::string::npos);
}

TEST(Cli, UsageErrorsExitSixtyFourAndHelpExitsZero) {
  EXPECT_EQ(run("").exit_code, 64);
  EXPECT_EQ(run("frobnicate").exit_code, 64);
  EXPECT_EQ(run("extract").exit_code, 64);
  EXPECT_EQ(run("--help").exit_code, 0);
  EXPECT_EQ(run("extract --help").exit_code, 0);
  EXPECT_EQ(run("check --help").exit_code, 0);
  EXPECT_EQ(run("eval --help").exit_code, 0);
}

TEST(Cli, EvalReportsPerFormatAccuracy) {
  const auto out = std::filesystem::temp_directory_path() / "ogi_cli_eval";
  std::filesystem::remove_all(out);
  run("extract -o " + out.string() + " " + fixture("docx/report_2021.docx") + " " +
      fixture("docx/inconsistent_t3.docx"));
  const CommandResult result = run("eval " + fixture("docx") + " " + out.string());
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_NE(result.output.find("docx        2    100.00% (400/400)"), std::string::npos)
      << result.output;
  EXPECT_NE(result.output.find("1/1"), std::string::npos) << result.output;
}

}  // namespace
}  // namespace ogi

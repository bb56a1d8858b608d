// The `ogi` executable is its command line alone (cli/front); the commands' work is
// ogi_commands.so (cli/command_module_calls.h), opened once a command line is parsed. As a user
// meets it: help and usage errors load none of the work's libraries, a command runs through the
// module, and an `ogi` whose module is missing still prints its help and says what is missing.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "cli/command_module_calls.h"
#include "tests/support/batch_test_support.h"
#include "tests/support/ogi_copy.h"
#include "tests/support/scratch_dir.h"

namespace ogi {
namespace {

using testing::ScratchDir;

struct ProgramRun {
  int exit_code = -1;
  std::string out;
  std::string err;  // the loader's lines (LD_DEBUG=files), then ogi's
};

// `BINARY ARGS...` with the dynamic loader listing every library it opens.
ProgramRun run_listing_libraries(const std::string& binary, const std::vector<std::string>& args,
                                 const ScratchDir& dir) {
  const std::string out = dir.path("stdout.txt");
  const std::string err = dir.path("stderr.txt");
  const pid_t pid = testing::spawn_program(binary, args, {{"LD_DEBUG", "files"}}, err, out);
  ProgramRun run;
  run.exit_code = testing::wait_for_at_most(pid, testing::time_bound(60));
  run.out = testing::read_bytes(out);
  run.err = testing::read_bytes(err);
  return run;
}

bool loaded(const ProgramRun& run, const std::string& library) {
  return run.err.find("/" + library) != std::string::npos;
}

// The libraries of the work: none may be opened to print help or refuse a command line.
const std::vector<std::string> kWorkLibraries = {
    kCommandModuleName, "libpoppler", "libxml2",       "libicuuc",     "libzip", "libsqlite3",
    "libssl",           "libcrypto",  "libxlsxwriter", "libtesseract", "liblept"};

void expect_nothing_of_the_work_loaded(const ProgramRun& run, const std::string& what) {
  ASSERT_TRUE(loaded(run, "libstdc++")) << "the loader listed no library:\n" << run.err;
  for (const std::string& library : kWorkLibraries) {
    EXPECT_FALSE(loaded(run, library)) << library << " was loaded for " << what;
  }
}

TEST(CommandModule, HelpAndUsageErrorsLoadNothingOfTheWork) {
  ScratchDir dir;
  const ProgramRun help = run_listing_libraries(testing::ogi_binary(), {"--help"}, dir);
  EXPECT_EQ(help.exit_code, 0);
  for (const char* command : {"extract", "check", "eval", "debug", "audit", "batch", "merge"}) {
    EXPECT_NE(help.out.find(command), std::string::npos) << command << " missing from --help";
  }
  expect_nothing_of_the_work_loaded(help, "ogi --help");

  const ProgramRun batch_help =
      run_listing_libraries(testing::ogi_binary(), {"batch", "--help"}, dir);
  EXPECT_EQ(batch_help.exit_code, 0);
  EXPECT_NE(batch_help.out.find("--files-per-worker"), std::string::npos) << batch_help.out;
  expect_nothing_of_the_work_loaded(batch_help, "ogi batch --help");

  const ProgramRun usage =
      run_listing_libraries(testing::ogi_binary(), {"extract", "x.pdf", "--no-such"}, dir);
  EXPECT_EQ(usage.exit_code, 64);
  EXPECT_NE(usage.err.find("ogi: The following argument was not expected: --no-such"),
            std::string::npos)
      << usage.err;
  expect_nothing_of_the_work_loaded(usage, "a usage error");
}

TEST(CommandModule, ACommandRunsThroughTheModule) {
  ScratchDir dir;
  const ProgramRun check = run_listing_libraries(
      testing::ogi_binary(), {"check", testing::fixture_path("docx/report_2021.docx").string()},
      dir);
  EXPECT_EQ(check.exit_code, 0) << check.err;
  EXPECT_TRUE(loaded(check, kCommandModuleName));
  EXPECT_TRUE(loaded(check, "libxml2"));
  EXPECT_NE(check.out.find("表三"), std::string::npos) << check.out;
}

TEST(CommandModule, WithoutTheModuleHelpPrintsAndACommandSaysWhatIsMissing) {
  const testing::OgiCopy ogi({});
  ScratchDir dir;
  const ProgramRun help = run_listing_libraries(ogi.binary(), {"extract", "--help"}, dir);
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("--max-memory"), std::string::npos) << help.out;

  const ProgramRun extract = run_listing_libraries(
      ogi.binary(), {"extract", testing::fixture_path("docx/report_2021.docx").string()}, dir);
  EXPECT_EQ(extract.exit_code, 1);
  EXPECT_EQ(extract.out, "");
  const std::filesystem::path beside =
      std::filesystem::path(ogi.binary()).parent_path() / kCommandModuleName;
  const std::string missing = std::string("ogi: ogi's commands module ") + kCommandModuleName +
                              " is not installed (not found at " + beside.string() + " or ";
  EXPECT_NE(extract.err.find(missing), std::string::npos) << extract.err;
}

}  // namespace
}  // namespace ogi

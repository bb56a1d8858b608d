// Every input a fuzzer once crashed, hung or exhausted memory on (fixtures/fuzz_regressions/, the
// file name says the target and the bug) goes through the whole pipeline again: it must return a
// record in bounded time. See fuzz/run_fuzzers.sh.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>

#include "pipeline/pipeline.h"
#include "tests/support/test_paths.h"

namespace ogi {
namespace {

namespace fs = std::filesystem;

TEST(FuzzRegression, EveryRecordedInputReturnsARecordQuickly) {
  const fs::path folder = testing::fixture_path("fuzz_regressions");
  int inputs = 0;
  for (const auto& entry : fs::directory_iterator(folder)) {
    if (!entry.is_regular_file() || entry.path().filename().string().starts_with(".")) continue;
    SCOPED_TRACE(entry.path().filename().string());
    ++inputs;
    const auto start = std::chrono::steady_clock::now();
    const ProcessedFile result = process_file(entry.path().string());
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    // Generous next to the fuzzers' 10 s timeout: sanitizer builds run several times slower.
    EXPECT_LT(seconds, 10.0);
    EXPECT_TRUE(!result.report.errors.empty() || !result.report.cells.empty());
  }
  std::cout << "[ fuzz ] " << inputs << " regression inputs\n";
}

}  // namespace
}  // namespace ogi

// The OCR module (ogi_ocr.so, extractors/ocr_module/ocr_module.h) as a user meets it: `ogi` loads
// Tesseract only for a file with a page to read by OCR, a scan still reads, and an `ogi` without
// the module reads born-digital files and says what is missing for a scan.
#include "extractors/ocr_module/ocr_module.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "cli/command_module_calls.h"
#include "tests/support/batch_test_support.h"
#include "tests/support/ogi_copy.h"
#include "tests/support/scan_checks.h"
#include "tests/support/scratch_dir.h"

namespace ogi {
namespace {

using nlohmann::json;
using testing::ScratchDir;

struct ExtractRun {
  int exit_code = -1;
  json record;
  std::string err;  // stderr: the loader's lines (LD_DEBUG=files), then ogi's
};

// `BINARY extract FILE` with the dynamic loader listing every library it opens.
ExtractRun extract_listing_libraries(const std::string& binary, const std::string& file,
                                     const ScratchDir& dir) {
  const std::string out = dir.path("record.json");
  const std::string err = dir.path("stderr.txt");
  ExtractRun run;
  const pid_t pid =
      testing::spawn_program(binary, {"extract", file}, {{"LD_DEBUG", "files"}}, err, out);
  run.exit_code = testing::wait_for_at_most(pid, testing::time_bound(120));
  run.record = json::parse(testing::read_bytes(out), nullptr, /*allow_exceptions=*/false);
  run.err = testing::read_bytes(err);
  return run;
}

bool loaded(const ExtractRun& run, const std::string& library) {
  return run.err.find("file=" + library) != std::string::npos ||
         run.err.find("/" + library) != std::string::npos;
}

TEST(OcrModule, BornDigitalPdfIsReadWithoutLoadingTesseract) {
  ScratchDir dir;
  const ExtractRun run =
      extract_listing_libraries(testing::ogi_binary(), testing::pdf_fixture("report_2021"), dir);
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_EQ(run.record["cells"].size(), 200u);
  EXPECT_EQ(run.record["source"]["ocr_pages"], json::array());
  ASSERT_TRUE(loaded(run, "libpoppler.so")) << "the loader listed no library:\n" << run.err;
  for (const char* library : {kOcrModuleName, "libtesseract.so", "liblept.so", "libgomp.so"}) {
    EXPECT_FALSE(loaded(run, library)) << library << " was loaded for a born-digital PDF";
  }
}

TEST(OcrModule, ScannedPageLoadsTheModuleAndIsRead) {
  ScratchDir dir;
  const std::string scan = testing::scan_fixture("wide_table_2021.pdf");
  const ExtractRun run = extract_listing_libraries(testing::ogi_binary(), scan, dir);
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_EQ(run.record["source"]["ocr_pages"], json::array({1}));
  EXPECT_TRUE(loaded(run, kOcrModuleName));
  EXPECT_TRUE(loaded(run, "libtesseract.so"));
  // The page prints 表四 alone: its values as the truth has them.
  json truth = testing::fixture_truth("docx/report_2021.truth.json");
  json table4 = json::array();
  for (const json& cell : truth["cells"]) {
    if (cell["table"] == "t4") table4.push_back(cell);
  }
  truth["cells"] = table4;
  testing::expect_scanned_cells_right(truth, run.record, "wide_table_2021.pdf");
}

TEST(OcrModule, WithoutTheModuleScansGetOcrUnavailableAndTextLayersStillRead) {
  // The commands module beside it, not the OCR module.
  const testing::OgiCopy ogi({kCommandModuleName});
  ScratchDir dir;
  for (const std::string scan :
       {testing::scan_fixture("wide_table_2021.pdf"), testing::scan_fixture("page1_2021.png")}) {
    const ExtractRun run = extract_listing_libraries(ogi.binary(), scan, dir);
    EXPECT_EQ(run.exit_code, 2) << scan;
    ASSERT_EQ(run.record["errors"].size(), 1u) << scan;
    EXPECT_EQ(run.record["errors"][0]["code"], "ocr_unavailable");
    const std::string reason = run.record["errors"][0]["message"];
    EXPECT_NE(reason.find(std::string(kOcrModuleName) + " is not installed"), std::string::npos)
        << reason;
    EXPECT_NE(run.err.find("ocr_unavailable"), std::string::npos) << "stderr names the reason";
  }
  const ExtractRun born_digital =
      extract_listing_libraries(ogi.binary(), testing::pdf_fixture("report_2021"), dir);
  EXPECT_EQ(born_digital.exit_code, 0);
  EXPECT_EQ(born_digital.record["cells"].size(), 200u);
}

}  // namespace
}  // namespace ogi

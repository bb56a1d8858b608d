// The corpus issue's acceptance run: `ogi batch` over every development document (DOCX, HTML,
// PDF, Chromium PDF, scans) plus the bad files a crawl brings (corrupt PDF, zip bomb, 0 bytes,
// random bytes): one record per input in input order, every good record right against its
// truth, every bad one an error record.
#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <set>

#include "cli/evaluation.h"
#include "tests/support/batch_test_support.h"
#include "tests/support/zip_writer.h"

namespace ogi {
namespace {

namespace fs = std::filesystem;

std::string format_of(const std::string& name) { return name.substr(name.find('.') + 1); }

nlohmann::json truth_of(const std::string& name) {
  std::ifstream in(testing::shared_dir() / "dev" / "truth" /
                   (name.substr(0, name.find('.')) + ".json"));
  return nlohmann::json::parse(in);
}

// The crawl's bad files, in `folder`.
std::vector<std::string> write_bad_files(const fs::path& folder) {
  std::mt19937 generator(11);
  std::string noise(8192, '\0');
  for (char& c : noise) c = static_cast<char>(generator());
  std::ofstream(folder / "random.pdf", std::ios::binary) << noise;
  std::ofstream(folder / "zero.docx").close();
  const std::string pdf = testing::read_bytes(testing::shared_dir() / "dev" / "docs" / "d001.pdf");
  std::ofstream(folder / "truncated.pdf", std::ios::binary) << pdf.substr(0, pdf.size() / 2);
  // 80 MiB of one byte in the main part: inflating it must stop at the zip limits.
  testing::write_zip((folder / "bomb.docx").string(),
                     {{"word/document.xml", std::string(80u << 20, 'a')}});
  return {(folder / "random.pdf").string(), (folder / "zero.docx").string(),
          (folder / "truncated.pdf").string(), (folder / "bomb.docx").string()};
}

TEST(BatchDevSet, EveryDevDocumentRightEveryBadFileAnErrorRecord) {
  if (!testing::has_shared_dir()) GTEST_SKIP() << "../shared/dev is absent";
  const fs::path scratch = testing::scratch_dir("dev_set");
  std::vector<std::string> inputs;
  for (const auto& entry : fs::directory_iterator(testing::shared_dir() / "dev" / "docs")) {
    const std::string extension = entry.path().extension().string();
    if (extension == ".docx" || extension == ".html" || extension == ".pdf") {
      inputs.push_back(entry.path().string());  // not its manifest.json
    }
  }
  std::sort(inputs.begin(), inputs.end());
  const size_t good = inputs.size();
  for (const std::string& bad : write_bad_files(scratch)) inputs.push_back(bad);
  std::ofstream list(scratch / "inputs.txt");
  for (const std::string& input : inputs) list << input << "\n";
  list.close();

  const fs::path out = scratch / "out";
  EXPECT_EQ(testing::run_ogi({"batch", "@" + (scratch / "inputs.txt").string(), "--out",
                              out.string(), "-j", "2"},
                             {{"OGI_OCR_THREADS", "1"}}),
            2);  // the bad files are unreadable
  const std::vector<nlohmann::json> records = testing::read_jsonl(out / "reports.jsonl");
  ASSERT_EQ(records.size(), inputs.size());
  std::map<std::string, FormatScore> scores;
  for (size_t i = 0; i < records.size(); ++i) {
    const nlohmann::json& record = records[i];
    ASSERT_EQ(record["source"]["path"], inputs[i]);
    const std::string name = fs::path(inputs[i]).filename().string();
    if (i >= good) {
      EXPECT_FALSE(record["errors"].empty()) << name;
      EXPECT_TRUE(record["cells"].empty()) << name;
      continue;
    }
    EXPECT_TRUE(record["errors"].empty()) << name;
    score_record(truth_of(name), record, name, scores[format_of(name)]);
  }
  for (const auto& [format, score] : scores) {
    EXPECT_EQ(score.silent_errors, 0) << format;
    EXPECT_EQ(score.injected_flagged, score.injected) << format;
    if (format == "scan.pdf") {
      EXPECT_GE(score.cells_right, 0.995 * score.truth_cells) << format;
    } else {
      EXPECT_EQ(score.cells_right, score.truth_cells) << format;
    }
  }
  EXPECT_EQ(scores.size(), 5u);  // docx, html, pdf, chrome.pdf, scan.pdf
}

}  // namespace
}  // namespace ogi

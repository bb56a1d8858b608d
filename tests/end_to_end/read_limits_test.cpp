// Every limit of extractors/read_limits.h on the input that needs it: `ogi extract` alone (no
// --timeout, no --max-memory) ends each in at most 5 s and 500 MB with exit 2, the limit's own code
// in the record and one `ogi:` line per error on stderr, no library chatter; `ogi batch` reads all
// of them under a 5 s / 500 MB bound per file without one worker hitting it.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "tests/support/batch_test_support.h"
#include "tests/support/hostile_inputs.h"
#include "tests/support/ogi_child_run.h"

namespace ogi {
namespace {

using testing::ScratchDir;

std::vector<std::string> error_codes(const nlohmann::json& record) {
  std::vector<std::string> codes;
  for (const nlohmann::json& error : record["errors"]) codes.push_back(error["code"]);
  return codes;
}

bool has_code(const nlohmann::json& record, const std::string& code) {
  const std::vector<std::string> codes = error_codes(record);
  return std::find(codes.begin(), codes.end(), code) != codes.end();
}

// What `ogi extract` wrote on stderr that is neither an `ogi:` line nor /usr/bin/time's.
std::string stray_stderr(const std::string& err) {
  std::istringstream lines(err);
  std::string line;
  std::string stray;
  while (std::getline(lines, line)) {
    if (line.starts_with("ogi: ") || line.starts_with("OGI_PEAK_KIB=") ||
        line.starts_with("Command exited with non-zero status")) {
      continue;
    }
    stray += line + "\n";
  }
  return stray;
}

// The record of `ogi extract path`, checked against the bounds; its errors hold `code`.
nlohmann::json expect_limit(const std::string& path, const std::string& code,
                            const ScratchDir& dir) {
  SCOPED_TRACE(path);
  const testing::ChildRun run = testing::run_ogi_extract(path, dir);
  std::cout << "[ limits ] " << std::filesystem::path(path).filename().string() << ": "
            << run.seconds << " s (" << run.cpu_seconds << " s of processor), peak "
            << run.peak_kib / 1024 << " MiB\n";
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_GE(run.cpu_seconds, 0) << run.err;
  EXPECT_LT(run.cpu_seconds, testing::kMaxHostileSeconds);
  EXPECT_GE(run.peak_kib, 0);
  EXPECT_LT(run.peak_kib, testing::kMaxHostilePeakKib);
  EXPECT_EQ(stray_stderr(run.err), "");
  EXPECT_NE(run.err.find("ogi: " + path + ": " + code + ": "), std::string::npos) << run.err;
  const nlohmann::json record = nlohmann::json::parse(run.stdout_text, nullptr, false);
  EXPECT_TRUE(has_code(record, code)) << run.stdout_text.substr(0, 2000);
  return record;
}

std::string error_message(const nlohmann::json& record, const std::string& code) {
  for (const nlohmann::json& error : record["errors"]) {
    if (error["code"] == code) return error["message"];
  }
  return "";
}

TEST(ReadLimits, PdfOfAMillionSavedGraphicsStates) {
  ScratchDir dir;
  const std::string pdf = testing::one_page_pdf(testing::repeated("q\n", 1'000'000));
  ASSERT_LT(pdf.size(), 4096u);
  const nlohmann::json record =
      expect_limit(dir.file("million_q.pdf", pdf), "pdf_operator_limit", dir);
  EXPECT_NE(error_message(record, "pdf_operator_limit").find("page 1"), std::string::npos);
}

TEST(ReadLimits, PdfOfTenMillionOperatorsOnOnePage) {
  ScratchDir dir;
  const std::string pdf = testing::one_page_pdf(testing::repeated("q Q\n", 5'000'000));
  expect_limit(dir.file("ten_million_ops.pdf", pdf), "pdf_operator_limit", dir);
}

TEST(ReadLimits, PdfOfFormsNestedEightDeep) {
  ScratchDir dir;
  const std::string pdf = testing::nested_forms_pdf(8, 20);
  ASSERT_LT(pdf.size(), 4096u);
  const nlohmann::json record = expect_limit(dir.file("forms.pdf", pdf), "pdf_operator_limit", dir);
  EXPECT_NE(error_message(record, "pdf_operator_limit").find("forms"), std::string::npos);
}

// Rendered for OCR (the page has no text), the pattern's tiles are bounded, the record says so,
// and Poppler's own complaint about the tile bitmap never reaches stderr.
TEST(ReadLimits, PdfPageOfABillionPatternTiles) {
  ScratchDir dir;
  const nlohmann::json record = expect_limit(dir.file("tiling.pdf", testing::tiling_pattern_pdf()),
                                             "pdf_operator_limit", dir);
  EXPECT_NE(error_message(record, "pdf_operator_limit").find("rendered for OCR only in part"),
            std::string::npos);
}

TEST(ReadLimits, PdfImageClaimingThreeGigapixels) {
  ScratchDir dir;
  const nlohmann::json record = expect_limit(
      dir.file("huge_image.pdf", testing::empty_huge_image_pdf()), "pdf_operator_limit", dir);
  EXPECT_NE(error_message(record, "pdf_operator_limit").find("3600000000 pixels"),
            std::string::npos);
}

TEST(ReadLimits, PdfOfTwoThousandPagesIsReadUpToTheLimit) {
  ScratchDir dir;
  const nlohmann::json record =
      expect_limit(dir.file("pages_2000.pdf", testing::many_pages_pdf(2000)), "page_limit", dir);
  EXPECT_EQ(record["source"]["pages"], 100);
  EXPECT_NE(error_message(record, "page_limit").find("2000 pages; the first 100"),
            std::string::npos);
}

// Pages of almost no text go to OCR; OCR stops when the first pages hold no Chinese at all.
TEST(ReadLimits, PdfOfTwoThousandNearlyEmptyPagesStopsItsOcrEarly) {
  ScratchDir dir;
  const std::string path = dir.file("empty_2000.pdf", testing::many_pages_pdf(2000, "p."));
  const nlohmann::json record = expect_limit(path, "ocr_no_text", dir);
  EXPECT_TRUE(has_code(record, "page_limit"));
  EXPECT_EQ(record["source"]["ocr_pages"].size(), 5u);
}

TEST(ReadLimits, PdfClaimingFiftyMillionObjects) {
  ScratchDir dir;
  const std::string pdf = testing::xref_bomb_pdf();
  ASSERT_LT(pdf.size(), 1024u);
  expect_limit(dir.file("xref_bomb.pdf", pdf), "pdf_xref_size", dir);
}

TEST(ReadLimits, HtmlPageOfTwelveMillionCells) {
  ScratchDir dir;
  const std::string path = dir.path("cells.html");
  testing::write_cells_html(path, 600'000);
  expect_limit(path, "html_element_limit", dir);
}

TEST(ReadLimits, TextDumpOfNineHundredThousandPipeRows) {
  ScratchDir dir;
  const std::string path = dir.path("pipes.txt");
  testing::write_pipe_rows(path, 900'000);
  expect_limit(path, "table_cell_limit", dir);
}

TEST(ReadLimits, TextDumpOfOneFortyMegabyteLine) {
  ScratchDir dir;
  const std::string path =
      dir.file("long_line.txt", "|" + testing::repeated("1|", 20'000'000) + "\n");
  expect_limit(path, "text_line_limit", dir);
}

TEST(ReadLimits, TextDumpOfAHundredThousandParagraphs) {
  ScratchDir dir;
  const std::string line = testing::repeated("\xE6\x94\xBF\xE5\xBA\x9C", 90) + "\n";  // 政府
  const nlohmann::json record =
      expect_limit(dir.file("paragraphs.txt", testing::repeated(line, 100'000)), "text_limit", dir);
  EXPECT_NE(error_message(record, "text_limit").find("bytes of text"), std::string::npos);
}

TEST(ReadLimits, DocxOfTenMillionElements) {
  ScratchDir dir;
  const std::string path = dir.path("elements.docx");
  testing::write_elements_docx(path, 10'000'000);
  expect_limit(path, "xml_element_limit", dir);
}

TEST(ReadLimits, DocxNestedTooDeepSaysSo) {
  ScratchDir dir;
  const std::string path = dir.path("deep.docx");
  testing::write_deep_docx(path, 2000);
  const nlohmann::json record = expect_limit(path, "xml_too_deep", dir);
  EXPECT_NE(error_message(record, "xml_too_deep").find("too deep"), std::string::npos);
  EXPECT_FALSE(has_code(record, "xml_malformed"));
}

TEST(ReadLimits, TiffOfTenThousandPagesIsReadUpToTheLimit) {
  ScratchDir dir;
  const std::string path = dir.file("pages_10000.tif", testing::many_pages_tiff(10'000, 64));
  const nlohmann::json record = expect_limit(path, "page_limit", dir);
  EXPECT_TRUE(has_code(record, "ocr_page_limit"));
  EXPECT_NE(error_message(record, "page_limit").find("10000 pages; the first 100"),
            std::string::npos);
}

// Pages that are large but allowed stay in the bounds too: the limits on pixels are low enough.
TEST(ReadLimits, LargestAllowedImagesStayWithinTheBounds) {
  ScratchDir dir;
  // 6300 x 6300 = 39.7 MP, just under the limit; every pixel decoded.
  expect_limit(dir.file("white_40mp.png", testing::white_png(6300, 6300)), "no_tables", dir);
  // A page of 200 x 200 inches is rendered for OCR at the dpi that keeps it under its limit.
  expect_limit(dir.file("huge_page.pdf", testing::huge_page_pdf()), "no_tables", dir);
  // One pixel more than the limit's square is refused from the header.
  const nlohmann::json refused = expect_limit(
      dir.file("white_41mp.png", testing::white_png(6400, 6400)), "image_too_large", dir);
  EXPECT_NE(error_message(refused, "image_too_large").find("6400 x 6400"), std::string::npos);
}

TEST(ReadLimits, DecoderComplaintsBecomeTheRecordsMessage) {
  ScratchDir dir;
  // A JPEG whose Huffman table counts more codes than there can be: libjpeg prints "Bogus Huffman
  // table definition" on its own stderr, which must come out as the record's reason instead.
  std::string table(1 + 16 + 10, '\0');
  for (int i = 1; i <= 16; ++i) table[i] = static_cast<char>(200);
  std::string jpeg = "\xFF\xD8\xFF\xC4";
  jpeg += static_cast<char>(0);
  jpeg += static_cast<char>(table.size() + 2);
  jpeg += table + "\xFF\xD9";
  const nlohmann::json bogus = expect_limit(dir.file("bogus.jpg", jpeg), "corrupt_image", dir);
  EXPECT_NE(error_message(bogus, "corrupt_image").find("Bogus Huffman table"), std::string::npos);
}

TEST(ReadLimits, BatchReadsEveryHostileInputWithinItsBounds) {
  ScratchDir dir;
  testing::write_cells_html(dir.path("cells.html"), 600'000);
  testing::write_pipe_rows(dir.path("pipes.txt"), 900'000);
  testing::write_elements_docx(dir.path("elements.docx"), 10'000'000);
  testing::write_deep_docx(dir.path("deep.docx"), 2000);
  const std::vector<std::pair<std::string, std::string>> inputs = {
      {dir.file("million_q.pdf", testing::one_page_pdf(testing::repeated("q\n", 1'000'000))),
       "pdf_operator_limit"},
      {dir.file("pages_2000.pdf", testing::many_pages_pdf(2000)), "page_limit"},
      {dir.file("forms.pdf", testing::nested_forms_pdf(8, 20)), "pdf_operator_limit"},
      {dir.file("tiling.pdf", testing::tiling_pattern_pdf()), "pdf_operator_limit"},
      {dir.file("huge_image.pdf", testing::empty_huge_image_pdf()), "pdf_operator_limit"},
      {dir.file("xref_bomb.pdf", testing::xref_bomb_pdf()), "pdf_xref_size"},
      {dir.path("cells.html"), "html_element_limit"},
      {dir.path("pipes.txt"), "table_cell_limit"},
      {dir.path("elements.docx"), "xml_element_limit"},
      {dir.path("deep.docx"), "xml_too_deep"},
      {dir.file(
           "paragraphs.txt",
           testing::repeated(testing::repeated("\xE6\x94\xBF\xE5\xBA\x9C", 90) + "\n", 100'000)),
       "text_limit"},
      {dir.file("pages_10000.tif", testing::many_pages_tiff(10'000, 200)), "page_limit"},
      {dir.file("empty_2000.pdf", testing::many_pages_pdf(2000, "p.")), "ocr_no_text"},
  };

  std::vector<std::string> args = {"batch"};
  for (const auto& input : inputs) args.push_back(input.first);
  const std::string out = dir.path("out");
  // Each input's own time is held to kMaxHostileSeconds by the extract tests above; here two
  // workers share the cores with the other tests ctest runs beside this one, so a worker's
  // limit is twice that: what is checked is that every limit's code comes out, none a timeout.
  const std::string seconds = std::to_string(static_cast<int>(2 * testing::kMaxHostileSeconds));
  args.insert(args.end(), {"--out", out, "-j", "2", "--timeout", seconds, "--max-memory", "500"});
  EXPECT_EQ(testing::wait_for_at_most(testing::spawn_ogi(args), 120), 2);
  const std::vector<nlohmann::json> records =
      testing::read_jsonl(std::filesystem::path(out) / "reports.jsonl");
  ASSERT_EQ(records.size(), inputs.size());
  for (size_t i = 0; i < inputs.size(); ++i) {
    EXPECT_TRUE(has_code(records[i], inputs[i].second))
        << inputs[i].first << ": " << records[i]["errors"].dump();
    for (const char* bound : {"timeout", "memory_limit", "crashed"}) {
      EXPECT_FALSE(has_code(records[i], bound)) << inputs[i].first;
    }
  }
}

}  // namespace
}  // namespace ogi

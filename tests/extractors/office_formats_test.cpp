// .doc, .wps, .rtf and .odt read through LibreOffice and the DOCX backend (fixtures made from
// dev report d001 by fixtures/make_office_fixtures.sh): formats told by content, exact values at
// their keys, the converter named, and each bad input refused with its own reason.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

#include "extractors/extract_error.h"
#include "extractors/extractor.h"
#include "extractors/office/office_extractor.h"
#include "extractors/office/rtf_nesting.h"
#include "tests/support/office_checks.h"
#include "tests/support/scratch_dir.h"
#include "tests/support/test_paths.h"

namespace ogi {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using testing::record_cells;

std::string office_fixture(const std::string& name) {
  return testing::fixture_path("office/" + name).string();
}

// A conversion costs seconds: each fixture is read once for all the tests that look at it.
const json& record_of(const std::string& name) {
  static std::map<std::string, json> records;
  auto found = records.find(name);
  if (found == records.end()) {
    found = records.emplace(name, testing::extracted_record(office_fixture(name))).first;
  }
  return found->second;
}

// d001 (陕西省公安厅, 2019 template) as its truth gives it.
void expect_d001(const json& record, const std::string& format) {
  SCOPED_TRACE(format);
  EXPECT_EQ(record["errors"], json::array());
  EXPECT_EQ(record["source"]["format"], format);
  EXPECT_TRUE(record["source"]["converted_by"].get<std::string>().starts_with("LibreOffice 7"))
      << record["source"]["converted_by"];
  EXPECT_EQ(record["report"]["agency"], "陕西省公安厅");
  EXPECT_EQ(record["report"]["year"], 2019);
  EXPECT_EQ(record["report"]["template"], "2019");
  const auto cells = record_cells(record);
  EXPECT_EQ(cells.at("t2.art20_1.normative_documents.total_published")["value"], 93);
  EXPECT_EQ(cells.at("t2.art20_6.administrative_penalty.decisions")["value"], 18769);
  EXPECT_EQ(cells.at("t3.new.total")["value"], 617);
  EXPECT_EQ(cells.at("t3.granted.natural_person")["value"], 184);
  EXPECT_EQ(cells.at("t3.carried_over.commercial")["value"], 1);
  EXPECT_EQ(cells.at("t3.new.total")["confidence"], 1.0);
  EXPECT_EQ(cells.at("t3.new.total")["page"], nullptr);
  for (const json& finding : record["validation"]["findings"]) {
    EXPECT_NE(finding["severity"], "error") << finding.dump();
  }
  testing::expect_truth_cells(record, "d001");
}

TEST(OfficeFormats, FormatIsToldByContentNotByName) {
  EXPECT_EQ(detect_format(office_fixture("d001.doc")), "doc");
  EXPECT_EQ(detect_format(office_fixture("d001.wps")), "wps");
  EXPECT_EQ(detect_format(office_fixture("d001.rtf")), "rtf");
  EXPECT_EQ(detect_format(office_fixture("d001.odt")), "odt");
  const testing::ScratchDir dir;
  for (const std::string name : {"d001.doc", "d001.rtf", "d001.odt"}) {
    const std::string renamed = dir.path("report_" + name.substr(5) + ".bin");
    fs::copy_file(office_fixture(name), renamed);
    EXPECT_EQ(detect_format(renamed), name.substr(5)) << renamed;
  }
  // A Word 97 file saved under the DOCX name is a .doc all the same.
  const std::string misnamed = dir.path("misnamed.docx");
  fs::copy_file(office_fixture("d001.doc"), misnamed);
  EXPECT_EQ(detect_format(misnamed), "doc");
}

TEST(OfficeFormats, Word97DocReadsEveryCell) { expect_d001(record_of("d001.doc"), "doc"); }

TEST(OfficeFormats, KingsoftWpsIsWord97InsideAndKeepsItsFormat) {
  expect_d001(record_of("d001.wps"), "wps");
}

TEST(OfficeFormats, RtfReadsEveryCell) { expect_d001(record_of("d001.rtf"), "rtf"); }

TEST(OfficeFormats, OdtReadsEveryCell) { expect_d001(record_of("d001.odt"), "odt"); }

ExtractError extract_error_of(const std::string& path) {
  try {
    extract_document(path);
  } catch (const ExtractError& error) {
    return error;
  }
  ADD_FAILURE() << path << " was read";
  return ExtractError("", "");
}

TEST(OfficeFormats, CorruptWordFileIsRefusedWithLibreOfficesReason) {
  const ExtractError error =
      extract_error_of(testing::fixture_path("office/bad/corrupt.doc").string());
  EXPECT_EQ(error.code(), "conversion_failed");
  EXPECT_NE(std::string(error.what()).find("could not be loaded"), std::string::npos)
      << error.what();
}

TEST(OfficeFormats, OleFileCutBeforeItsDirectoryIsRefusedWithoutConverting) {
  const ExtractError error =
      extract_error_of(testing::fixture_path("office/bad/truncated.doc").string());
  EXPECT_EQ(error.code(), "not_a_word_file");
}

TEST(OfficeFormats, RtfBombOfDeepGroupsIsRefusedBeforeConversion) {
  const ExtractError error =
      extract_error_of(testing::fixture_path("office/bad/deep_groups.rtf").string());
  EXPECT_EQ(error.code(), "rtf_too_deep");
  EXPECT_NE(std::string(error.what()).find("200"), std::string::npos) << error.what();
}

TEST(OfficeFormats, RtfNestingCountsGroupsNotEscapedBracesOrBinaryData) {
  // The document's own group counts: {\rtf1 and 199 inside it are 200 deep, the limit.
  const std::string deepest = "{\\rtf1 " + std::string(199, '{') + std::string(200, '}');
  EXPECT_NO_THROW(check_rtf_nesting(deepest));
  EXPECT_THROW(check_rtf_nesting("{\\rtf1 " + std::string(200, '{')), ExtractError);
  EXPECT_NO_THROW(check_rtf_nesting("{\\rtf1 " + std::string(300, '\\') + "\\{"));
  std::string escaped = "{\\rtf1 ";
  for (int i = 0; i < 300; ++i) escaped += "\\{";
  EXPECT_NO_THROW(check_rtf_nesting(escaped + "}"));
  EXPECT_NO_THROW(check_rtf_nesting("{\\rtf1 {\\bin300 " + std::string(300, '{') + "}}"));
}

}  // namespace
}  // namespace ogi

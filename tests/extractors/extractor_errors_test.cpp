#include <gtest/gtest.h>
#include <unistd.h>
#include <zip.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>

#include "extractors/common/zip_archive.h"
#include "extractors/docx/docx_extractor.h"
#include "extractors/extract_error.h"
#include "extractors/extractor.h"
#include "tests/support/scratch_dir.h"
#include "tests/support/test_paths.h"
#include "tests/support/zip_writer.h"

namespace ogi {
namespace {

namespace fs = std::filesystem;

// The ExtractError code `action` throws; "" when it throws nothing.
std::string error_code_of(const std::function<void()>& action, std::string* message = nullptr) {
  try {
    action();
  } catch (const ExtractError& error) {
    if (message) *message = error.what();
    return error.code();
  }
  return "";
}

std::string bad_fixture(const std::string& name) {
  return testing::fixture_path("bad/" + name).string();
}

using testing::ScratchDir;
using testing::write_zip;

const char kMinimalDocument[] =
    R"(<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>正文</w:t></w:r></w:p></w:body></w:document>)";

TEST(ExtractorErrors, BadFixturesThrowTheirCodes) {
  EXPECT_EQ(error_code_of([] { extract_docx(bad_fixture("empty.docx")); }), "empty_file");
  EXPECT_EQ(error_code_of([] { extract_docx(bad_fixture("not_a_zip.docx")); }), "not_a_zip");
  EXPECT_EQ(error_code_of([] { extract_docx(bad_fixture("no_document.docx")); }), "missing_part");
  EXPECT_EQ(error_code_of([] { extract_docx(bad_fixture("no_tables.docx")); }), "");
}

TEST(ExtractorErrors, DispatchGivesTheSameCodes) {
  EXPECT_EQ(error_code_of([] { extract_document(bad_fixture("empty.docx")); }), "empty_file");
  EXPECT_EQ(error_code_of([] { extract_document(bad_fixture("not_a_zip.docx")); }), "not_a_zip");
  EXPECT_EQ(error_code_of([] { extract_document(bad_fixture("no_document.docx")); }),
            "missing_part");
  EXPECT_EQ(extract_document(bad_fixture("no_tables.docx")).format, "docx");
}

TEST(ExtractorErrors, ExternalEntityIsRefusedWithoutReadingIt) {
  std::string message;
  EXPECT_EQ(error_code_of([] { extract_docx(bad_fixture("external_entity.docx")); }, &message),
            "xml_entity");
  EXPECT_EQ(message.find("root:"), std::string::npos) << message;
}

TEST(ExtractorErrors, BillionLaughsEndsQuickly) {
  const auto start = std::chrono::steady_clock::now();
  std::string message;
  EXPECT_EQ(error_code_of([] { extract_docx(bad_fixture("billion_laughs.docx")); }, &message),
            "xml_entity");
  EXPECT_LT(std::chrono::steady_clock::now() - start,
            std::chrono::duration<double>(testing::time_bound(2)));
  EXPECT_EQ(message.find("lol"), std::string::npos) << message;
}

TEST(ExtractorErrors, MalformedXml) {
  ScratchDir dir;
  const std::string path = dir.path("truncated.docx");
  const std::string truncated(kMinimalDocument, sizeof(kMinimalDocument) / 2);
  write_zip(path, {{"word/document.xml", truncated}});
  EXPECT_EQ(error_code_of([&] { extract_docx(path); }), "xml_malformed");

  const std::string not_word = dir.path("not_word.docx");
  write_zip(not_word, {{"word/document.xml", "<html><body/></html>"}});
  EXPECT_EQ(error_code_of([&] { extract_docx(not_word); }), "xml_malformed");
}

TEST(ExtractorErrors, MainPartFoundThroughPackageRelationships) {
  ScratchDir dir;
  const std::string path = dir.path("moved.docx");
  write_zip(
      path,
      {{"_rels/.rels",
        R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>)"},
       {"word/document2.xml", kMinimalDocument}});
  const Document document = extract_docx(path);
  ASSERT_EQ(document.paragraphs.size(), 1u);
  EXPECT_EQ(document.paragraphs[0].text, "正文");
  EXPECT_EQ(detect_format(path), "docx");
}

TEST(ExtractorErrors, ZipBombIsStoppedWhileInflating) {
  ScratchDir dir;
  const std::string path = dir.path("bomb.docx");
  // 65 MiB of one byte deflates to about 64 KiB; the header's size is not what stops it.
  write_zip(path, {{"word/document.xml", std::string(kMaxZipEntryBytes + (1u << 20), 'a')}});
  const auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(error_code_of([&] { extract_docx(path); }), "zip_limit");
  EXPECT_LT(std::chrono::steady_clock::now() - start,
            std::chrono::duration<double>(testing::time_bound(5)));
}

TEST(ExtractorErrors, EntryLimitsAreCountedOnInflatedBytes) {
  const ZipArchive zip(testing::fixture_path("docx/report_2021.docx").string());
  EXPECT_TRUE(zip.has_entry("word/document.xml"));
  EXPECT_TRUE(zip.has_entry("WORD/Document.XML"));  // OPC part names ignore case
  EXPECT_EQ(error_code_of([&] { zip.read_entry("word/document.xml", 1000); }), "zip_limit");
  EXPECT_GT(zip.read_entry("word/document.xml").size(), 1000u);
  EXPECT_EQ(error_code_of([&] { zip.read_entry("word/missing.xml"); }), "missing_part");
}

TEST(ExtractorErrors, TooManyEntries) {
  ScratchDir dir;
  const std::string path = dir.path("many.docx");
  std::vector<std::pair<std::string, std::string>> entries;
  for (int i = 0; i <= kMaxZipEntries; ++i) entries.push_back({"e" + std::to_string(i), ""});
  entries.push_back({"word/document.xml", kMinimalDocument});
  write_zip(path, entries);
  EXPECT_EQ(error_code_of([&] { extract_docx(path); }), "zip_limit");
}

TEST(ExtractorErrors, CompoundFilesAreNamed) {
  ScratchDir dir;
  const std::string magic = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
  const std::string stream_name("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);
  const std::string encrypted =
      dir.file("locked.docx", magic + std::string(504, '\0') + stream_name);
  const std::string legacy = dir.file("legacy.docx", magic + std::string(600, '\0'));
  EXPECT_EQ(error_code_of([&] { extract_docx(encrypted); }), "encrypted");
  EXPECT_EQ(error_code_of([&] { extract_docx(legacy); }), "not_a_zip");
}

TEST(ExtractorErrors, UnreadablePathsSayWhy) {
  ScratchDir dir;
  std::string message;
  EXPECT_EQ(error_code_of([&] { extract_document(dir.path("absent.docx")); }, &message),
            "unreadable");
  EXPECT_NE(message.find("No such file"), std::string::npos) << message;
  EXPECT_EQ(error_code_of([&] { extract_document(dir.path("")); }), "not_a_file");  // a directory
  EXPECT_EQ(error_code_of([&] { extract_docx(dir.path("absent.docx")); }), "unreadable");
}

TEST(ExtractorErrors, UnknownFormatsAreUnsupported) {
  ScratchDir dir;
  const std::string pdf = dir.file("report.pdf", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n");
  const std::string unknown = dir.file("report.bin", std::string("\x01\x02\x03\x04", 4));
  std::string message;
  EXPECT_EQ(error_code_of([&] { extract_document(unknown); }, &message), "unsupported_format");
  EXPECT_EQ(message, "unrecognised file format");
  // A PDF is dispatched to its backend (which may well refuse this stub for other reasons).
  ASSERT_EQ(detect_format(pdf), "pdf");
  EXPECT_NE(error_code_of([&] { extract_document(pdf); }), "unsupported_format");
}

TEST(ExtractorErrors, DetectFormatByMagicThenExtension) {
  ScratchDir dir;
  EXPECT_EQ(detect_format(testing::fixture_path("docx/report_2021.docx").string()), "docx");
  EXPECT_EQ(detect_format(dir.file("a.bin", "%PDF-1.4\n")), "pdf");
  EXPECT_EQ(detect_format(dir.file("b.bin", "junk\n%PDF-1.4\n")), "pdf");
  EXPECT_EQ(detect_format(dir.file("c.bin", "\xEF\xBB\xBF<!DOCTYPE html><html>")), "html");
  EXPECT_EQ(detect_format(dir.file("d.bin", "<meta charset=\"gbk\"><p>报告</p>")), "html");
  EXPECT_EQ(detect_format(dir.file("e.bin", "\x89PNG\r\n\x1a\n....")), "image");
  EXPECT_EQ(detect_format(dir.file("f.bin", "\xFF\xD8\xFF\xE0....")), "image");
  EXPECT_EQ(detect_format(dir.file("g.bin", std::string("II*\0....", 8))), "image");
  EXPECT_EQ(detect_format(dir.file("h.txt", "一、总体情况\n")), "txt");
  EXPECT_EQ(detect_format(dir.file("i.htm", "报告正文")), "html");
  EXPECT_EQ(detect_format(dir.file("j.bin", "一、总体情况\n")), "");
  // A zip that is no DOCX falls back to its extension.
  const std::string zip_txt = dir.path("k.txt");
  write_zip(zip_txt, {{"readme", "x"}});
  EXPECT_EQ(detect_format(zip_txt), "txt");
  EXPECT_EQ(detect_format(bad_fixture("not_a_zip.docx")), "docx");
}

TEST(ExtractorErrors, DevSetFormatsAreDetected) {
  if (!testing::has_shared_dir()) GTEST_SKIP() << "shared dev set not available";
  const fs::path docs = testing::shared_dir() / "dev" / "docs";
  for (const auto& entry : fs::directory_iterator(docs)) {
    const std::string extension = entry.path().extension().string();
    const std::string expected = extension == ".docx"   ? "docx"
                                 : extension == ".pdf"  ? "pdf"
                                 : extension == ".html" ? "html"
                                                        : "";
    if (expected.empty()) continue;
    EXPECT_EQ(detect_format(entry.path().string()), expected) << entry.path();
  }
}

}  // namespace
}  // namespace ogi

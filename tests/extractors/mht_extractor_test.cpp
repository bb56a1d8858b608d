// Web archives (.mht, .mhtml) through the HTML backend: fixtures made from dev reports d012 (a
// GBK page, quoted-printable) and d004 (UTF-8, base64, nested in multipart/alternative) by
// fixtures/make_office_fixtures.sh, exact values at their keys; and the archive's bounds on
// generated archives (part count, a part declaring 1 GiB, nesting).
#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <random>
#include <string>

#include "extractors/common/transfer_decoding.h"
#include "extractors/extract_error.h"
#include "extractors/extractor.h"
#include "extractors/mht/mime_archive.h"
#include "extractors/read_limits.h"
#include "tests/support/office_checks.h"
#include "tests/support/scratch_dir.h"
#include "tests/support/test_paths.h"

namespace ogi {
namespace {

using nlohmann::json;
using testing::record_cells;

std::string fixture(const std::string& name) { return testing::fixture_path(name).string(); }

std::string file_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

TEST(MhtExtractor, GbkPageInQuotedPrintableReadsEveryCell) {
  const json record = testing::extracted_record(fixture("mht/d012_gbk_qp.mht"));
  EXPECT_EQ(record["errors"], json::array());
  EXPECT_EQ(record["source"]["format"], "mht");
  EXPECT_EQ(record["source"]["converted_by"], nullptr);
  EXPECT_EQ(record["report"]["agency"], "佛山市禅城区农业农村局");
  EXPECT_EQ(record["report"]["year"], 2023);
  EXPECT_EQ(record["report"]["template"], "2019");
  const auto cells = record_cells(record);
  EXPECT_EQ(cells.at("t2.art20_1.normative_documents.total_published")["value"], 33);
  EXPECT_EQ(cells.at("t2.art20_5.other_services.change")["value"], -2);
  EXPECT_EQ(cells.at("t3.new.total")["value"], 5);
  EXPECT_EQ(cells.at("t3.granted.natural_person")["value"], 3);
  testing::expect_truth_cells(record, "d012");
}

TEST(MhtExtractor, Utf8PageInBase64NestedInAlternativeReadsEveryCell) {
  const json record = testing::extracted_record(fixture("mht/d004_utf8_b64.mht"));
  EXPECT_EQ(record["errors"], json::array());
  EXPECT_EQ(record["source"]["format"], "mht");
  EXPECT_EQ(record["report"]["agency"], "湖州市公安局");
  EXPECT_EQ(record["report"]["year"], 2022);
  EXPECT_EQ(record["report"]["template"], "2021");
  const auto cells = record_cells(record);
  EXPECT_EQ(cells.at("t2.art20_5.administrative_license.decisions")["value"], 17542);
  EXPECT_EQ(cells.at("t2.art20_8.administrative_fees.amount_10k_yuan")["value"], 86.03);
  testing::expect_truth_cells(record, "d004");
}

TEST(MhtExtractor, ArchiveIsToldByContentNotByName) {
  const testing::ScratchDir dir;
  const std::string renamed = dir.file("saved.html", file_bytes(fixture("mht/d012_gbk_qp.mht")));
  EXPECT_EQ(detect_format(renamed), "mht");
  EXPECT_EQ(detect_format(fixture("mht/d004_utf8_b64.mht")), "mht");
}

TEST(MhtExtractor, PageDeclaringOneGibIsRefusedWithoutDecoding) {
  const auto start = std::chrono::steady_clock::now();
  try {
    extract_document(fixture("mht/bad/part_1gb.mht"));
    FAIL() << "the page was read";
  } catch (const ExtractError& error) {
    EXPECT_EQ(error.code(), "mime_part_too_large");
    EXPECT_NE(std::string(error.what()).find("declares 1073741824 bytes"), std::string::npos)
        << error.what();
  }
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(),
            testing::time_bound(1.0));
}

std::string archive_of(const std::string& parts, const std::string& boundary = "B") {
  return "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"" + boundary +
         "\"\r\n\r\n" + parts + "--" + boundary + "--\r\n";
}

std::string part(const std::string& headers, const std::string& body,
                 const std::string& boundary = "B") {
  return "--" + boundary + "\r\n" + headers + "\r\n" + body + "\r\n";
}

TEST(MimeArchive, PictureDeclaringOneGibIsRefusedAndThePageStillRead) {
  const std::string bytes = archive_of(
      part("Content-Type: text/html; charset=utf-8\r\n", "<p>表三</p>") +
      part("Content-Type: image/png\r\nContent-Length: 1073741824\r\nContent-Location: a.png\r\n",
           "x"));
  const MimeArchive archive(bytes);
  ASSERT_EQ(archive.parts().size(), 2u);
  EXPECT_EQ(archive.decoded(*archive.page()), "<p>表三</p>");
  ASSERT_EQ(archive.issues().size(), 1u);
  EXPECT_EQ(archive.issues()[0].code, "mime_part_too_large");
  EXPECT_NE(archive.issues()[0].message.find("image/png part a.png"), std::string::npos);
  EXPECT_THROW(archive.decoded(archive.parts()[1]), ExtractError);
}

TEST(MimeArchive, PartsPastTheLimitAreDroppedWithAnIssue) {
  std::string parts = part("Content-Type: text/html\r\n", "<p>x</p>");
  for (int i = 0; i < ReadLimits::kMaxMimeParts + 50; ++i) {
    parts += part("Content-Type: image/gif\r\n", "GIF");
  }
  const MimeArchive archive(archive_of(parts));
  EXPECT_EQ(archive.parts().size(), static_cast<std::size_t>(ReadLimits::kMaxMimeParts));
  ASSERT_FALSE(archive.issues().empty());
  EXPECT_EQ(archive.issues().back().code, "mime_part_limit");
}

TEST(MimeArchive, NestingPastTheLimitIsKeptAsOnePartNotFollowed) {
  std::string inner = part("Content-Type: text/html\r\n", "<p>deep</p>", "L9");
  inner += "--L9--\r\n";
  for (int level = 8; level >= 1; --level) {
    const std::string boundary = "L" + std::to_string(level);
    inner =
        part("Content-Type: multipart/mixed; boundary=\"L" + std::to_string(level + 1) + "\"\r\n",
             inner, boundary) +
        "--" + boundary + "--\r\n";
  }
  const MimeArchive archive(
      archive_of(part("Content-Type: multipart/mixed; boundary=\"L1\"\r\n", inner)));
  EXPECT_EQ(archive.page(), nullptr);
  ASSERT_EQ(archive.parts().size(), 1u);
  EXPECT_EQ(archive.parts()[0].media_type, "multipart/mixed");
}

TEST(MimeArchive, StartParameterChoosesThePage) {
  const std::string bytes =
      "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=B; "
      "start=\"<two@x>\"\r\n\r\n" +
      part("Content-Type: text/html\r\nContent-ID: <one@x>\r\n", "one") +
      part("Content-Type: text/html\r\nContent-ID: <two@x>\r\n", "two") + "--B--\r\n";
  const MimeArchive archive(bytes);
  EXPECT_EQ(archive.decoded(*archive.page()), "two");
}

// Cut and mutated archives (a fixed seed, so a failure repeats): each is parsed, its page
// decoded, or refused with an ExtractError; nothing else. fuzz_mht does this at length.
TEST(MimeArchive, CutAndMutatedArchivesAreReadOrRefused) {
  const std::string original = file_bytes(fixture("mht/d012_gbk_qp.mht"));
  std::mt19937 random(16);
  for (int round = 0; round < 300; ++round) {
    std::string bytes = original.substr(0, random() % (original.size() + 1));
    for (int flip = 0; flip < 8 && !bytes.empty(); ++flip) {
      bytes[random() % bytes.size()] = "-\r\n=:;\"B"[random() % 9];
    }
    try {
      const MimeArchive archive(bytes);
      if (const MimePart* page = archive.page()) {
        EXPECT_LE(archive.decoded(*page).size(), bytes.size()) << round;
      }
    } catch (const ExtractError& error) {
      EXPECT_FALSE(std::string(error.code()).empty()) << round;
    }
  }
}

TEST(TransferDecoding, QuotedPrintableAndBase64) {
  EXPECT_EQ(decode_transfer("=B1=ED=C8=FD a=\r\nb =ZZ", "quoted-printable"),
            "\xB1\xED\xC8\xFD ab =ZZ");
  EXPECT_EQ(decode_transfer("5Li A\r\n5LqM\n5LiJ==", "BASE64"), "一二三");
  EXPECT_EQ(decode_transfer("as is", "8bit"), "as is");
  EXPECT_EQ(decoded_size_bound(4000, "base64"), 3003u);
}

}  // namespace
}  // namespace ogi

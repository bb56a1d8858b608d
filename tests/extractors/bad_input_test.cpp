// Hostile and broken inputs end with a clear outcome (a record, with errors when nothing could be
// read) in bounded time and memory, and never leak local files into the output. Each case runs
// through process_file and through the `ogi` binary, whose peak memory is measured with wait4.
// (Refusal codes of the DOCX backend are in extractor_errors_test.cpp, the PDF damage fixtures in
// pdf_extractor_test.cpp; this file covers the whole pipeline and the resource bounds.)
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <thread>

#include "pipeline/pipeline.h"
#include "tests/support/ogi_child_run.h"
#include "tests/support/scratch_dir.h"
#include "tests/support/test_paths.h"

namespace ogi {
namespace {

namespace fs = std::filesystem;

constexpr double kMaxSeconds = testing::kMaxHostileSeconds;
constexpr long kMaxPeakKib = testing::kMaxHostilePeakKib;

using testing::ChildRun;
using testing::run_ogi_extract;
using testing::ScratchDir;

// A line of /etc/passwd that no report contains: the marker of a local file leaking into output.
std::string local_file_marker() {
  std::ifstream in("/etc/passwd");
  std::string line;
  std::getline(in, line);
  return line.empty() ? "root:x:0:0" : line;
}

// The checks every hostile input must pass, in process and through the binary.
void expect_clear_outcome(const std::string& path, const ScratchDir& dir) {
  SCOPED_TRACE(path);
  const auto start = std::chrono::steady_clock::now();
  const ProcessedFile result = process_file(path);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, kMaxSeconds);
  EXPECT_TRUE(!result.report.errors.empty() || !result.report.cells.empty());
  EXPECT_EQ(result.unreadable, result.report.cells.empty());
  for (const auto& error : result.report.errors) {
    EXPECT_FALSE(error.code.empty());
    EXPECT_EQ(error.message.find(local_file_marker()), std::string::npos) << error.message;
  }

  const ChildRun run = run_ogi_extract(path, dir);
  std::cout << "[ bounds ] " << fs::path(path).filename().string() << ": " << run.seconds << " s ("
            << run.cpu_seconds << " s of processor), peak " << run.peak_kib / 1024 << " MiB, exit "
            << run.exit_code << "\n";
  EXPECT_TRUE(run.exit_code == 0 || run.exit_code == 2) << run.exit_code << "\n" << run.out;
  EXPECT_GE(run.cpu_seconds, 0) << run.out.substr(0, 2000);
  EXPECT_LT(run.cpu_seconds, kMaxSeconds);
  EXPECT_GE(run.peak_kib, 0) << run.out.substr(0, 2000);
  EXPECT_LT(run.peak_kib, kMaxPeakKib);
  EXPECT_NE(run.out.find("\"errors\""), std::string::npos) << run.out.substr(0, 2000);
  EXPECT_EQ(run.out.find(local_file_marker()), std::string::npos);
}

std::string random_bytes(std::size_t size, std::uint32_t seed) {
  std::mt19937 generator(seed);
  std::string bytes(size, '\0');
  for (char& byte : bytes) byte = static_cast<char>(generator() & 0xFF);
  return bytes;
}

void put_u16(std::string& out, std::uint32_t value) {
  out += static_cast<char>(value & 0xFF);
  out += static_cast<char>((value >> 8) & 0xFF);
}
void put_u32(std::string& out, std::uint32_t value) {
  put_u16(out, value & 0xFFFF);
  put_u16(out, value >> 16);
}
void put_u32_be(std::string& out, std::uint32_t value) {
  for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((value >> shift) & 0xFF);
}

// A one-entry zip of word/document.xml whose deflate data inflates to `chunks` MiB of '<': one
// MiB deflated once and repeated (a full flush makes each copy self-contained), so the file is a
// few MB while its content is gigabytes. Sizes and CRC in the headers are the true ones.
std::string inflating_docx(std::uint32_t chunks) {
  const std::string chunk(1u << 20, '<');
  z_stream stream{};
  deflateInit2(&stream, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY);
  std::string block(deflateBound(&stream, chunk.size()) + 64, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(chunk.data()));
  stream.avail_in = static_cast<uInt>(chunk.size());
  stream.next_out = reinterpret_cast<Bytef*>(block.data());
  stream.avail_out = static_cast<uInt>(block.size());
  deflate(&stream, Z_FULL_FLUSH);
  block.resize(block.size() - stream.avail_out);
  deflateEnd(&stream);

  std::string data;
  for (std::uint32_t i = 0; i < chunks; ++i) data += block;
  data += std::string("\x03\x00", 2);  // an empty final fixed-Huffman block
  const uLong chunk_crc = crc32(0L, reinterpret_cast<const Bytef*>(chunk.data()), chunk.size());
  uLong crc = 0;
  for (std::uint32_t i = 0; i < chunks; ++i) crc = crc32_combine(crc, chunk_crc, chunk.size());
  const std::uint32_t inflated = chunks * static_cast<std::uint32_t>(chunk.size());

  const std::string name = "word/document.xml";
  auto header = [&](bool central) {
    std::string out;
    put_u32(out, central ? 0x02014b50 : 0x04034b50);
    if (central) put_u16(out, 20);  // version made by
    put_u16(out, 20);               // version needed
    put_u16(out, 0);                // flags
    put_u16(out, 8);                // deflate
    put_u32(out, 0);                // time and date
    put_u32(out, static_cast<std::uint32_t>(crc));
    put_u32(out, static_cast<std::uint32_t>(data.size()));
    put_u32(out, inflated);
    put_u16(out, static_cast<std::uint32_t>(name.size()));
    put_u16(out, 0);  // extra field
    if (central) {
      put_u16(out, 0);  // comment
      put_u16(out, 0);  // disk
      put_u16(out, 0);  // internal attributes
      put_u32(out, 0);  // external attributes
      put_u32(out, 0);  // local header offset
    }
    return out + name;
  };
  std::string zip = header(false) + data;
  const std::uint32_t directory_offset = static_cast<std::uint32_t>(zip.size());
  const std::string directory = header(true);
  zip += directory;
  put_u32(zip, 0x06054b50);
  put_u32(zip, 0);  // disk numbers
  put_u16(zip, 1);
  put_u16(zip, 1);
  put_u32(zip, static_cast<std::uint32_t>(directory.size()));
  put_u32(zip, directory_offset);
  put_u16(zip, 0);
  return zip;
}

std::string png_chunk(const std::string& type, const std::string& body) {
  std::string out;
  put_u32_be(out, static_cast<std::uint32_t>(body.size()));
  const std::string typed = type + body;
  out += typed;
  put_u32_be(out, crc32(0L, reinterpret_cast<const Bytef*>(typed.data()), typed.size()));
  return out;
}

// A PNG whose header claims width × height RGB pixels; the image data is one short zlib stream
// of zeros, far less than the header promises.
std::string huge_png(std::uint32_t width, std::uint32_t height) {
  std::string header;
  put_u32_be(header, width);
  put_u32_be(header, height);
  header += std::string("\x08\x02\x00\x00\x00", 5);  // 8-bit RGB, deflate, no filter, no interlace
  const std::string zeros(1 << 16, '\0');
  std::string compressed(compressBound(zeros.size()), '\0');
  uLongf size = compressed.size();
  compress(reinterpret_cast<Bytef*>(compressed.data()), &size,
           reinterpret_cast<const Bytef*>(zeros.data()), zeros.size());
  compressed.resize(size);
  return "\x89PNG\r\n\x1a\n" + png_chunk("IHDR", header) + png_chunk("IDAT", compressed) +
         png_chunk("IEND", "");
}

TEST(BadInput, RandomBytesUnderEveryExtension) {
  ScratchDir dir;
  std::uint32_t seed = 7;
  for (const std::string extension : {".pdf", ".docx", ".html", ".txt", ".png"}) {
    expect_clear_outcome(dir.file("random" + extension, random_bytes(256 << 10, seed++)), dir);
  }
  // Random bytes behind each format's magic, so the backend itself gets to refuse them.
  expect_clear_outcome(dir.file("magic.pdf", "%PDF-1.7\n" + random_bytes(64 << 10, seed++)), dir);
  expect_clear_outcome(dir.file("magic.docx", "PK\x03\x04" + random_bytes(64 << 10, seed++)), dir);
  expect_clear_outcome(
      dir.file("magic.html", "<!DOCTYPE html><html><body>" + random_bytes(64 << 10, seed++)), dir);
  expect_clear_outcome(dir.file("magic.png", "\x89PNG\r\n\x1a\n" + random_bytes(4096, seed++)),
                       dir);
}

TEST(BadInput, DocxEntryInflatingToGigabytes) {
  ScratchDir dir;
  const std::string path = dir.file("gigabytes.docx", inflating_docx(3 * 1024));  // 3 GiB
  ASSERT_LT(fs::file_size(path), 16u << 20);
  expect_clear_outcome(path, dir);
  EXPECT_NE(process_file(path).report.errors.at(0).code, "");
}

TEST(BadInput, BillionLaughs) {
  ScratchDir dir;
  expect_clear_outcome(testing::fixture_path("bad/billion_laughs.docx").string(), dir);
  std::string entities = "<!DOCTYPE html [<!ENTITY lol \"lol\">";
  std::string previous = "lol";
  for (int level = 1; level <= 9; ++level) {
    const std::string name = "lol" + std::to_string(level);
    std::string value;
    for (int i = 0; i < 10; ++i) value += "&" + previous + ";";
    entities += "<!ENTITY " + name + " \"" + value + "\">";
    previous = name;
  }
  entities += "]>";
  expect_clear_outcome(
      dir.file("laughs.html", entities + "<html><body><p>&" + previous + ";</p></body></html>"),
      dir);
}

TEST(BadInput, HundredThousandNestedTagsThroughTheWholePipeline) {
  ScratchDir dir;
  std::string page = "<html><body>";
  for (int i = 0; i < 100000; ++i) page += "<table><tr><td>";
  page += "规章";
  expect_clear_outcome(dir.file("nested_tables.html", page), dir);
  std::string divs = "<html><body>";
  for (int i = 0; i < 100000; ++i) divs += "<div>";
  expect_clear_outcome(dir.file("nested_divs.html", divs + "x"), dir);
}

TEST(BadInput, ImageClaimingTwentyThousandPixelsSquare) {
  ScratchDir dir;
  expect_clear_outcome(dir.file("huge.png", huge_png(20000, 20000)), dir);
}

TEST(BadInput, LocalFilesAreNeverRead) {
  ScratchDir dir;
  const std::string references =
      "<!DOCTYPE html [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><html><head>"
      "<link rel=\"stylesheet\" href=\"/etc/passwd\"><base href=\"file:///etc/\"></head><body>"
      "<p>&x;</p><iframe src=\"file:///etc/passwd\"></iframe><img src=\"/etc/passwd\">"
      "<object data=\"passwd\"></object><xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" "
      "href=\"/etc/passwd\" parse=\"text\"/><table><tr><td>规章</td><td>0</td></tr></table>"
      "</body></html>";
  expect_clear_outcome(dir.file("references.html", references), dir);
  expect_clear_outcome(testing::fixture_path("bad/external_entity.docx").string(), dir);
  // A PDF whose content stream is an external file (the /F key of a stream dictionary).
  expect_clear_outcome(
      dir.file("external_stream.pdf",
               "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
               "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
               "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R"
               "/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
               "4 0 obj<</Length 0/F(/etc/passwd)>>stream\n\nendstream endobj\n"
               "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n"
               "trailer<</Root 1 0 R>>\n%%EOF\n"),
      dir);
}

}  // namespace
}  // namespace ogi

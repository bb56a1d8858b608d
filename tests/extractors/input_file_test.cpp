// What every reader does first (extractors/input_file.h): a FIFO, a device, a directory, a
// dangling link, a loop of links and a file too large are refused at once, by what they are,
// without a byte read — the test would hang on a FIFO or /dev/zero if one were read.
#include "extractors/input_file.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>

#include "extractors/extract_error.h"
#include "pipeline/file_digest.h"
#include "tests/support/scratch_dir.h"
#include "tests/support/test_paths.h"

namespace ogi {
namespace {

using testing::ScratchDir;

// The error code and message InputFile(path) throws, "" when it opens.
std::pair<std::string, std::string> refusal(const std::string& path) {
  try {
    InputFile file(path);
    return {"", ""};
  } catch (const ExtractError& error) {
    return {error.code(), error.what()};
  }
}

TEST(InputFile, SpecialFilesAreRefusedByWhatTheyAre) {
  ScratchDir dir;
  const std::string fifo = dir.path("fifo.pdf");
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  const std::string dangling = dir.path("dangling.docx");
  std::filesystem::create_symlink(dir.path("nothing"), dangling);
  const std::string loop = dir.path("loop.docx");
  std::filesystem::create_symlink(loop, loop);
  const std::string zero_link = dir.path("zero.pdf");
  std::filesystem::create_symlink("/dev/zero", zero_link);

  auto [code, message] = refusal(fifo);
  EXPECT_EQ(code, "not_a_file");
  EXPECT_NE(message.find("FIFO"), std::string::npos) << message;
  std::tie(code, message) = refusal(zero_link);
  EXPECT_EQ(code, "not_a_file");
  EXPECT_NE(message.find("character device"), std::string::npos) << message;
  std::tie(code, message) = refusal(dir.path(""));
  EXPECT_EQ(code, "not_a_file");
  EXPECT_NE(message.find("directory"), std::string::npos) << message;
  std::tie(code, message) = refusal(dangling);
  EXPECT_EQ(code, "unreadable");
  EXPECT_NE(message.find("dangling"), std::string::npos) << message;
  std::tie(code, message) = refusal(loop);
  EXPECT_EQ(code, "unreadable");
  EXPECT_NE(message.find("symbolic links"), std::string::npos) << message;
  EXPECT_EQ(file_sha256(fifo), "");
  EXPECT_EQ(file_sha256(zero_link), "");
}

TEST(InputFile, ATenGigabyteSparseFileIsTooLargeFromItsSizeAlone) {
  ScratchDir dir;
  const std::string sparse = dir.path("huge.pdf");
  {
    const int fd = open(sparse.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    ASSERT_GE(fd, 0);
    ASSERT_EQ(ftruncate(fd, off_t{10} << 30), 0);
    close(fd);
  }
  const auto start = std::chrono::steady_clock::now();
  const auto [code, message] = refusal(sparse);
  EXPECT_EQ(file_sha256(sparse), "");  // refused, not hashed
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(code, "too_large");
  EXPECT_NE(message.find("10737418240 bytes"), std::string::npos) << message;
  EXPECT_LT(seconds, testing::time_bound(0.1));  // a full hash would take tens of seconds
}

TEST(InputFile, ARegularFileOpensWithItsSize) {
  const std::string docx = testing::fixture_path("docx/report_2021.docx").string();
  const InputFile file(docx);
  EXPECT_GE(file.fd(), 0);
  EXPECT_EQ(file.size(), std::filesystem::file_size(docx));
  EXPECT_EQ(file_sha256(file), file_sha256(docx));
  EXPECT_EQ(file_sha256(docx).size(), 64u);
}

// The record's sha256 is the one `sha256sum` prints: FIPS 180-2's test vectors, one of them longer
// than the 64 KiB the file is read in.
TEST(InputFile, HashIsTheStandardSha256) {
  const testing::ScratchDir dir;
  EXPECT_EQ(file_sha256(dir.file("abc", "abc")),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(file_sha256(dir.file("million_a", std::string(1'000'000, 'a'))),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

}  // namespace
}  // namespace ogi

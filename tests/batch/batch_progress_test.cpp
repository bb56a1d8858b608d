// The progress line is for people at a terminal: drawn in place there, absent from logs.
#include <gtest/gtest.h>
#include <poll.h>
#include <stdlib.h>

#include "tests/support/batch_test_support.h"

namespace ogi {
namespace {

namespace fs = std::filesystem;
using testing::fixture_path;

std::vector<std::string> batch_args(const fs::path& out) {
  return {"batch", fixture_path("batch").string(), "--out", out.string()};
}

// Everything the batch writes to the terminal until it exits; its exit code in `exit_code`.
std::string drain(int master, pid_t batch, int& exit_code) {
  std::string text;
  char buffer[4096];
  while (true) {
    pollfd ready = {master, POLLIN, 0};
    if (poll(&ready, 1, 100) > 0) {
      const ssize_t n = read(master, buffer, sizeof buffer);
      if (n > 0) text.append(buffer, static_cast<size_t>(n));
      continue;
    }
    int status = 0;
    if (waitpid(batch, &status, WNOHANG) == batch) {  // exited, and nothing left to read
      exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
      return text;
    }
  }
}

// `ogi ARGS...` with its stderr on a pseudo-terminal: what it drew there, its exit code in
// `exit_code` (-1 when no terminal could be had).
std::string on_terminal(const std::vector<std::string>& args, int& exit_code) {
  exit_code = -1;
  const int master = posix_openpt(O_RDWR | O_NOCTTY);
  if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0) return "";
  // Our own slave end keeps the terminal open between the batch's opening and closing of it.
  const int slave = open(ptsname(master), O_RDWR | O_NOCTTY);
  const pid_t batch = testing::spawn_ogi(args, {}, ptsname(master));
  const std::string terminal = drain(master, batch, exit_code);
  close(slave);
  close(master);
  return terminal;
}

TEST(BatchProgress, RedrawnInPlaceOnATerminal) {
  int exit_code = -1;
  const std::string terminal =
      on_terminal(batch_args(testing::scratch_dir("progress_tty") / "out"), exit_code);
  EXPECT_EQ(exit_code, 0);
  EXPECT_NE(terminal.find("\r\033[K"), std::string::npos) << terminal;
  EXPECT_NE(terminal.find("4/4 files"), std::string::npos) << terminal;
  EXPECT_NE(terminal.find("files/s  ETA"), std::string::npos) << terminal;
  EXPECT_NE(terminal.find("top failing rules"), std::string::npos) << terminal;
}

// --quiet: not even a terminal gets the progress line or the summary.
TEST(BatchProgress, QuietDrawsNothingOnATerminal) {
  std::vector<std::string> args = batch_args(testing::scratch_dir("progress_quiet") / "out");
  args.push_back("--quiet");
  int exit_code = -1;
  const std::string terminal = on_terminal(args, exit_code);
  EXPECT_EQ(exit_code, 0);
  EXPECT_EQ(terminal, "");
}

TEST(BatchProgress, AbsentWhenStderrIsNotATerminal) {
  const fs::path scratch = testing::scratch_dir("progress_log");
  const fs::path log = scratch / "stderr.txt";
  EXPECT_EQ(testing::wait_for(testing::spawn_ogi(batch_args(scratch / "out"), {}, log.string())),
            0);
  const std::string text = testing::read_bytes(log);
  EXPECT_EQ(text.find('\r'), std::string::npos) << text;
  EXPECT_EQ(text.find("ETA"), std::string::npos) << text;
  // The summary is for logs too: counts by format and status, failing rules.
  EXPECT_NE(text.find("ogi batch: 4 inputs"), std::string::npos) << text;
  EXPECT_NE(text.find("docx"), std::string::npos) << text;
  EXPECT_NE(text.find("T3-6"), std::string::npos) << text;
}

}  // namespace
}  // namespace ogi

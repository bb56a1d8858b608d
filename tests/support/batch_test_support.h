#pragma once
// Running the real `ogi` binary for the batch tests: environment variables for the test-only
// worker faults, the pid for killing it mid-run, and readers for the corpus files.

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "tests/support/test_paths.h"

extern char** environ;

namespace ogi::testing {

using Environment = std::map<std::string, std::string>;

// A fresh folder per test process (ctest runs tests in parallel).
inline std::filesystem::path scratch_dir(const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() /
                   ("ogi_batch_" + name + "_" + std::to_string(getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

// Starts `BINARY ARGS...` with stdout to `stdout_path` (discarded by default), stderr to
// `stderr_path` and `extra` added to the environment.
inline pid_t spawn_program(const std::string& binary, const std::vector<std::string>& args,
                           const Environment& extra = {},
                           const std::string& stderr_path = "/dev/null",
                           const std::string& stdout_path = "/dev/null") {
  std::vector<std::string> strings = {binary};
  strings.insert(strings.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& arg : strings) argv.push_back(arg.data());
  argv.push_back(nullptr);
  std::vector<std::string> env_strings;
  for (char** entry = environ; *entry != nullptr; ++entry) env_strings.push_back(*entry);
  for (const auto& [name, value] : extra) env_strings.push_back(name + "=" + value);
  std::vector<char*> envp;
  for (std::string& entry : env_strings) envp.push_back(entry.data());
  envp.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, stdout_path.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC | O_NOCTTY, 0644);
  posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, stderr_path.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC | O_NOCTTY, 0644);
  pid_t pid = -1;
  posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  return pid;
}

// `ogi ARGS...` as spawn_program starts it.
inline pid_t spawn_ogi(const std::vector<std::string>& args, const Environment& extra = {},
                       const std::string& stderr_path = "/dev/null",
                       const std::string& stdout_path = "/dev/null") {
  return spawn_program(ogi_binary(), args, extra, stderr_path, stdout_path);
}

// The exit code, or 128 + the signal that ended the process (as a shell reports it).
inline int wait_for(pid_t pid) {
  int status = 0;
  if (waitpid(pid, &status, 0) != pid) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

// wait_for with a bound, for tests whose failure would be a hang: the process is killed after
// `seconds` and -1 returned, so the test fails instead of stalling the suite.
inline int wait_for_at_most(pid_t pid, double seconds) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  while (std::chrono::steady_clock::now() < deadline) {
    int status = 0;
    if (waitpid(pid, &status, WNOHANG) == pid) {
      return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  kill(pid, SIGKILL);
  waitpid(pid, nullptr, 0);
  return -1;
}

inline int run_ogi(const std::vector<std::string>& args, const Environment& extra = {}) {
  return wait_for(spawn_ogi(args, extra));
}

inline std::string read_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

inline std::vector<nlohmann::json> read_jsonl(const std::filesystem::path& path) {
  std::vector<nlohmann::json> records;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) records.push_back(nlohmann::json::parse(line));
  return records;
}

inline size_t count_records(const std::filesystem::path& out_dir) {
  size_t count = 0;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(out_dir / "records", error)) {
    if (entry.path().extension() == ".json") ++count;
  }
  return count;
}

// Polls until `out_dir` holds at least `count` finished records; false after `seconds`.
inline bool wait_for_records(const std::filesystem::path& out_dir, size_t count, double seconds) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  while (std::chrono::steady_clock::now() < deadline) {
    if (count_records(out_dir) >= count) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  return false;
}

// Splits RFC 4180 CSV text into rows of fields.
inline std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
  std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
  bool quoted = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted && c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
      rows.back().back() += '"';
      ++i;
    } else if (c == '"') {
      quoted = !quoted;
    } else if (!quoted && c == ',') {
      rows.back().emplace_back();
    } else if (!quoted && c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      rows.emplace_back(1);
      ++i;
    } else {
      rows.back().back() += c;
    }
  }
  if (rows.back().size() == 1 && rows.back()[0].empty()) rows.pop_back();
  return rows;
}

// The cell value of one "table.row.col" in a record, null when absent.
inline nlohmann::json cell_value(const nlohmann::json& record, const std::string& key) {
  for (const auto& cell : record["cells"]) {
    const std::string cell_key = cell["table"].get<std::string>() + "." +
                                 cell["row"].get<std::string>() + "." +
                                 cell["col"].get<std::string>();
    if (cell_key == key) return cell["value"];
  }
  return nullptr;
}

inline std::vector<std::string> rules_of(const nlohmann::json& record) {
  std::vector<std::string> rules;
  for (const auto& finding : record["validation"]["findings"]) rules.push_back(finding["rule"]);
  return rules;
}

inline std::string file_name(const nlohmann::json& record) {
  return std::filesystem::path(record["source"]["path"].get<std::string>()).filename().string();
}

}  // namespace ogi::testing

#pragma once

#include <CLI/CLI.hpp>

namespace ogi {

// Exit codes of every command.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;  // batch/merge: the outputs could not be written
inline constexpr int kExitUnreadable = 2;
inline constexpr int kExitUsage = 64;
inline constexpr int kExitInterrupted = 130;  // batch stopped by a signal; rerun to resume

// The inputs every command that takes report files reads; one text so that the help of each
// command names the same formats.
inline constexpr const char* kReportFormats =
    "DOCX, HTML/HTM (UTF-8 or GBK), TXT text dumps, PDF (born-digital or scanned), "
    "PNG/JPEG/TIFF scans";

// -q/--quiet, before or after the command name (`ogi --quiet batch …`, `ogi batch -q …`): no
// progress line and no end-of-run summary on stderr; `ogi:` lines (errors, warnings) stay.
// Added to the app before its subcommands, which pass it on to the app.
void add_quiet_flag(CLI::App& app);
// Whether the run of `command` (a subcommand of the app) was asked to be quiet.
bool quiet_run(const CLI::App& command);

// Each adds its subcommand to `app`; when the subcommand runs it stores its exit code.
void add_extract_command(CLI::App& app, int& exit_code);
void add_check_command(CLI::App& app, int& exit_code);
void add_eval_command(CLI::App& app, int& exit_code);
void add_debug_command(CLI::App& app, int& exit_code);
void add_audit_command(CLI::App& app, int& exit_code);
void add_batch_command(CLI::App& app, int& exit_code);
void add_merge_command(CLI::App& app, int& exit_code);

}  // namespace ogi

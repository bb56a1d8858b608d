#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace ogi {

// One input of a corpus, in input order.
struct CorpusEntry {
  long long ordinal = 0;  // 1-based position in the full input list (all shards together)
  std::string path;       // as the user gave it (argument, list line or folder walk)
  std::string sha256;     // "" when the file could not be read at all
  std::string format;     // by extension; used only when the record is missing
  std::filesystem::path record_file;  // the stored single-file record (output.md)
  // The error of an input without sha256 (why it was not read); "" for a generic one.
  std::string error_code;
  std::string error_message;
};

// What the corpus holds, for the end-of-run summary.
struct CorpusStats {
  std::map<std::string, std::map<std::string, int>> by_format_status;  // format → status → n
  std::map<std::string, int> failing_rules;  // rule → reports with an error/warning finding
  std::map<std::string, int> error_codes;    // errors[].code → reports
  int unreadable = 0;
  std::vector<std::string> unreadable_examples;  // "path: code", the first few in input order
};

// Rebuilds reports.jsonl, cells.csv, findings.csv, corpus.sqlite and corpus.xlsx in `out_dir` from
// the stored records, in the order of `entries`, with the cross-report findings (corpus_checks.h)
// added to the records. Deterministic: the same entries and records give byte-identical
// files, however many runs produced the records. Each file is replaced atomically.
// Throws std::runtime_error when an output cannot be written.
CorpusStats write_corpus(const std::vector<CorpusEntry>& entries,
                         const std::filesystem::path& out_dir);

}  // namespace ogi

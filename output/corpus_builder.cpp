#include "output/corpus_builder.h"

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "output/agency_identity_json.h"
#include "output/corpus_file.h"
#include "output/corpus_rows.h"
#include "output/csv_writer.h"
#include "output/report_json.h"
#include "output/sqlite_writer.h"
#include "output/wide_columns.h"
#include "output/xlsx_corpus_writer.h"
#include "validate/corpus/corpus_checks.h"
#include "validate/corpus/report_groups.h"

namespace ogi {
namespace {

using nlohmann::ordered_json;

constexpr int kUnreadableExamples = 10;

// Stands in for a record that is missing or damaged (a file that vanished before it could be
// hashed, a record file edited by hand), so that every input still has its line.
ordered_json missing_record(const CorpusEntry& entry) {
  Report report;
  report.source.path = entry.path;
  report.source.sha256 = entry.sha256;
  report.source.format = entry.format;
  if (entry.sha256.empty() && !entry.error_code.empty()) {
    report.errors.push_back({entry.error_code, entry.error_message});
  } else if (entry.sha256.empty()) {
    report.errors.push_back({"unreadable", "the file could not be read"});
  } else {
    report.errors.push_back({"no_record", "the stored record is missing or damaged; rerun"});
  }
  return report_to_json(report);
}

ordered_json load_record(const CorpusEntry& entry) {
  if (entry.sha256.empty()) return missing_record(entry);
  std::ifstream in(entry.record_file, std::ios::binary);
  ordered_json record = ordered_json::parse(in, nullptr, false);
  if (!in.is_open() || record.is_discarded() || !record.is_object()) return missing_record(entry);
  // A record stored once for several inputs with the same bytes names the first one's path.
  record["source"]["path"] = entry.path;
  // Recomputed, so a record stored by an earlier version has the same identity as a new one.
  ordered_json& report = record["report"];
  const ordered_json agency = report.value("agency", ordered_json());
  const ordered_json year = report.value("year", ordered_json());
  report["agency_identity"] = agency_identity_json(
      agency.is_string() ? std::optional<std::string>(agency.get<std::string>()) : std::nullopt,
      year.is_number_integer() ? std::optional<int>(year.get<int>()) : std::nullopt);
  return record;
}

std::string worst_status(const ordered_json& findings) {
  std::string status = "ok";
  for (const ordered_json& finding : findings) {
    const std::string severity = finding.value("severity", "");
    if (severity == "error") return "error";
    if (severity == "warning") status = "warning";
  }
  return status;
}

void add_findings(ordered_json& record, const std::vector<Finding>& extra) {
  if (extra.empty()) return;
  // Serialized by the one record serializer, so corpus findings have the contract's shape.
  Report holder;
  holder.findings = extra;
  ordered_json& findings = record["validation"]["findings"];
  ordered_json serialized = report_to_json(holder);
  for (ordered_json& finding : serialized["validation"]["findings"]) {
    findings.push_back(std::move(finding));
  }
  record["validation"]["status"] = worst_status(findings);
}

void count(const ordered_json& record, CorpusStats& stats) {
  const std::string status = corpus_status(record);
  ++stats.by_format_status[record["source"].value("format", "")][status];
  if (status == "unreadable" && ++stats.unreadable <= kUnreadableExamples) {
    const ordered_json& errors = record["errors"];
    stats.unreadable_examples.push_back(record["source"].value("path", "") + ": " +
                                        errors[0].value("code", ""));
  }
  std::set<std::string> rules;
  for (const ordered_json& finding : record["validation"]["findings"]) {
    if (finding.value("severity", "") != "info") rules.insert(finding.value("rule", ""));
  }
  for (const std::string& rule : rules) ++stats.failing_rules[rule];
  for (const ordered_json& error : record["errors"]) ++stats.error_codes[error.value("code", "")];
}

// The five corpus files, open under temporary names until commit(). `keys` are the columns of
// the workbook's wide sheet.
class CorpusFiles {
 public:
  CorpusFiles(const std::filesystem::path& out_dir, std::vector<std::string> keys)
      : jsonl_(out_dir / "reports.jsonl"),
        cells_file_(out_dir / "cells.csv"),
        findings_file_(out_dir / "findings.csv"),
        cells_(cells_file_.stream(), cell_columns()),
        findings_(findings_file_.stream(), finding_columns()),
        sqlite_(out_dir / "corpus.sqlite"),
        xlsx_(out_dir / "corpus.xlsx", std::move(keys)) {}

  void add(const ordered_json& record, long long ordinal) {
    const std::string text = record.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
    jsonl_.stream() << text << '\n';
    sqlite_.add_report(report_row(record, ordinal, text));
    for (const CorpusRow& row : cell_rows(record)) {
      cells_.write_row(csv_row(row));
      sqlite_.add_cell(row);
    }
    for (const CorpusRow& row : finding_rows(record)) {
      findings_.write_row(csv_row(row));
      sqlite_.add_finding(row);
    }
    xlsx_.add(record, ordinal);
  }

  SqliteCorpusWriter& sqlite() { return sqlite_; }

  void commit() {
    jsonl_.commit();
    cells_file_.commit();
    findings_file_.commit();
    sqlite_.commit();
    xlsx_.commit();
  }

 private:
  static std::vector<std::string> csv_row(const CorpusRow& row) {
    std::vector<std::string> fields;
    fields.reserve(row.size());
    for (const CorpusValue& value : row) fields.push_back(csv_text(value));
    return fields;
  }

  AtomicFile jsonl_;
  AtomicFile cells_file_;
  AtomicFile findings_file_;
  CsvWriter cells_;
  CsvWriter findings_;
  SqliteCorpusWriter sqlite_;
  XlsxCorpusWriter xlsx_;
};

// The distinct files of each report, by its first input (report_groups): an input repeating
// earlier bytes is no new file.
std::map<size_t, std::vector<size_t>> distinct_files(const std::vector<ReportDigest>& digests,
                                                     const std::vector<size_t>& groups) {
  std::map<size_t, std::vector<size_t>> files_of_report;
  std::set<std::string> seen;
  for (size_t i = 0; i < digests.size(); ++i) {
    if (digests[i].sha256.empty() || seen.insert(digests[i].sha256).second) {
      files_of_report[groups[i]].push_back(i);
    }
  }
  return files_of_report;
}

}  // namespace

CorpusStats write_corpus(const std::vector<CorpusEntry>& entries,
                         const std::filesystem::path& out_dir) {
  // Passes over the records: digests for the cross-report checks and the keys of the workbook's
  // columns first, then the reports published as several files, then the corpus files, so that
  // the whole corpus never has to sit in memory at once.
  std::vector<ReportDigest> digests;
  digests.reserve(entries.size());
  WideColumns columns;
  std::map<std::string, ordered_json> agencies;  // agency_identity.key → a linked identity
  for (const CorpusEntry& entry : entries) {
    const ordered_json record = load_record(entry);
    columns.add(record);
    digests.push_back(digest_record(record));
    const ordered_json& identity = record.at("report").at("agency_identity");
    if (identity.is_object() && identity.at("key").is_string()) {
      agencies.emplace(identity.at("key").get<std::string>(), identity);
    }
  }
  std::vector<std::vector<Finding>> extra = corpus_findings(digests);
  const std::vector<size_t> groups = report_groups(digests);
  const std::map<size_t, std::vector<size_t>> files_of_report = distinct_files(digests, groups);
  digests.clear();

  CorpusFiles files(out_dir, columns.keys());
  for (const auto& [key, identity] : agencies) files.sqlite().add_agency(agency_row(identity));
  const auto keep_cells = [&](size_t first, const std::vector<ordered_json>& records,
                              const std::vector<size_t>& members) {
    const PublicationComparison comparison = compare_publications(records);
    for (size_t m = 0; m < members.size(); ++m) {
      std::vector<Finding>& findings = extra[members[m]];
      findings.insert(findings.end(), comparison.findings[m].begin(), comparison.findings[m].end());
    }
    for (const auto& [record, cell] : comparison.kept_cells) {
      files.sqlite().add_report_cell(report_cell_row(entries[first].sha256, records[record], cell));
    }
  };
  // Reports of several files first: their findings go into the records written below.
  for (const auto& [first, members] : files_of_report) {
    if (members.size() < 2) continue;
    std::vector<ordered_json> records;
    for (const size_t member : members) records.push_back(load_record(entries[member]));
    keep_cells(first, records, members);
  }

  CorpusStats stats;
  for (size_t i = 0; i < entries.size(); ++i) {
    ordered_json record = load_record(entries[i]);
    const std::string& report_id = entries[groups[i]].sha256;
    if (!report_id.empty() && groups[i] == i && files_of_report.at(i).size() == 1) {
      keep_cells(i, {record}, {i});
    }
    add_findings(record, extra[i]);
    if (!report_id.empty()) record["report"]["report_id"] = report_id;
    count(record, stats);
    files.add(record, entries[i].ordinal);
  }
  files.commit();
  return stats;
}

}  // namespace ogi

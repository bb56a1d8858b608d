#include "validate/corpus/report_groups.h"

#include <cmath>
#include <map>
#include <string>

#include "model/cell_key.h"
#include "template/display_labels.h"

namespace ogi {
namespace {

using nlohmann::ordered_json;

constexpr double kTolerance = 1e-6;

struct Candidate {
  size_t record;
  size_t cell;
};

std::string path_of(const ordered_json& record) { return record.at("source").value("path", ""); }

bool better(const ordered_json& cell, const ordered_json& than) {
  const bool number = cell.at("value").is_number();
  const bool than_number = than.at("value").is_number();
  if (number != than_number) return number;
  return cell.value("confidence", 0.0) > than.value("confidence", 0.0);
}

Finding disagreement(const std::string& key, const ordered_json& kept,
                     const ordered_json& kept_record, const ordered_json& cell,
                     const ordered_json& record) {
  const double kept_value = kept.at("value").get<double>();
  const double value = cell.at("value").get<double>();
  Finding finding;
  finding.rule = "PUB-1";
  finding.severity = Severity::kWarning;
  finding.cells = {key};
  finding.message =
      "同一报告的两个文件此格不同：本文件（" + path_of(record) + "）为 " + format_number(value) +
      "（置信度 " + format_number(cell.value("confidence", 0.0)) + "），" + path_of(kept_record) +
      " 为 " + format_number(kept_value) + "（置信度 " +
      format_number(kept.value("confidence", 0.0)) + "）；报告取 " + format_number(kept_value);
  finding.expected = kept_value;
  finding.actual = value;
  return finding;
}

}  // namespace

std::vector<size_t> report_groups(const std::vector<ReportDigest>& reports) {
  std::vector<size_t> groups(reports.size());
  std::map<std::string, size_t> by_sha;
  std::map<std::pair<std::string, int>, size_t> by_agency_year;
  for (size_t i = 0; i < reports.size(); ++i) {
    const ReportDigest& report = reports[i];
    groups[i] = i;
    if (!report.sha256.empty()) {
      const auto [first, inserted] = by_sha.emplace(report.sha256, i);
      if (!inserted) {
        groups[i] = groups[first->second];
        continue;
      }
    }
    if (report.agency.empty() || !report.year) continue;
    groups[i] = by_agency_year.emplace(std::pair(report.agency, *report.year), i).first->second;
  }
  return groups;
}

PublicationComparison compare_publications(const std::vector<ordered_json>& records) {
  PublicationComparison comparison;
  comparison.findings.resize(records.size());
  std::vector<std::string> order;
  std::map<std::string, std::vector<Candidate>> by_key;
  for (size_t r = 0; r < records.size(); ++r) {
    const ordered_json& cells = records[r].at("cells");
    for (size_t c = 0; c < cells.size(); ++c) {
      const ordered_json& cell = cells[c];
      if (cell.value("extra", false)) continue;
      const std::string key = cell_key_text(cell.at("table"), cell.at("row"), cell.at("col"));
      std::vector<Candidate>& candidates = by_key[key];
      if (candidates.empty()) order.push_back(key);
      candidates.push_back({r, c});
    }
  }
  for (const std::string& key : order) {
    const std::vector<Candidate>& candidates = by_key.at(key);
    const auto cell_of = [&](const Candidate& at) -> const ordered_json& {
      return records[at.record].at("cells")[at.cell];
    };
    Candidate kept = candidates.front();
    for (const Candidate& candidate : candidates) {
      if (better(cell_of(candidate), cell_of(kept))) kept = candidate;
    }
    comparison.kept_cells.emplace_back(kept.record, kept.cell);
    const ordered_json& kept_cell = cell_of(kept);
    if (!kept_cell.at("value").is_number()) continue;
    for (const Candidate& candidate : candidates) {
      const ordered_json& cell = cell_of(candidate);
      if (!cell.at("value").is_number()) continue;
      if (std::fabs(cell.at("value").get<double>() - kept_cell.at("value").get<double>()) <
          kTolerance) {
        continue;
      }
      comparison.findings[candidate.record].push_back(
          disagreement(key, kept_cell, records[kept.record], cell, records[candidate.record]));
    }
  }
  return comparison;
}

}  // namespace ogi

#include "validate/corpus/corpus_checks.h"

#include <algorithm>
#include <cmath>

#include "template/agency/agency_identity.h"
#include "template/display_labels.h"
#include "template/identities.h"
#include "template/template_keys.h"
#include "validate/identity_rules.h"

namespace ogi {
namespace {

using nlohmann::ordered_json;

constexpr double kTolerance = 1e-6;

// AG-1 (info): a printed agency name tied to no administrative division — a division name
// several divisions share without its parent (朝阳区), or none known. Its reports meet only
// reports printing the same name.
std::string unlinked_message(const std::string& agency, const AgencyIdentity& identity) {
  if (identity.match != AgencyMatch::kAmbiguous) {
    return "机关「" + agency + "」中没有已知的行政区划名称，未关联到行政区划，只与同名的报告比较";
  }
  std::string places;
  for (const std::string& candidate : identity.candidates) {
    places += (places.empty() ? "" : "、") + candidate;
  }
  const std::string count = std::to_string(identity.candidates.size());
  if (!identity.renamed_from.empty()) {
    return "机关「" + agency + "」的行政区划名称「" + identity.renamed_from +
           "」（含旧名称）可指 " + count + " 处（" + places + "），未关联，只与同名的报告比较";
  }
  return "机关「" + agency + "」的行政区划名称有 " + count + " 处（" + places +
         "），名称中没有上级区划，未关联，只与同名的报告比较";
}

// One series per agency identity (template/agency): the division's code and the body's
// normalized name, so 洪泽区人民政府 and 淮安市洪泽区人民政府 meet.
void set_agency(const std::string& agency, ReportDigest& digest) {
  const AgencyIdentity identity = identify_agency(agency, digest.year);
  if (identity.linked()) {
    digest.agency = identity.key();
    return;
  }
  const std::string printed = compact_agency_name(agency);
  if (printed.empty()) return;
  digest.agency = "printed|" + printed;
  digest.unlinked = unlinked_message(agency, identity);
}

std::vector<std::string> rule_lines(const CrossYearRule& rule) {
  return rule.repeat == Repeat::kRows ? rule.lines
                                      : official_columns(rule.table, current_template());
}

std::string term_key(const CrossYearRule& rule, const CrossYearTerm& term,
                     const std::string& line) {
  return cell_key_text(rule.table, term.row.empty() ? line : term.row,
                       term.col.empty() ? line : term.col);
}

// Whether some cross-year rule reads the cell, so its digest keeps the number.
bool is_carry_key(const std::string& table, const std::string& row, const std::string& col) {
  for (const CrossYearRule& rule : cross_year_rules()) {
    if (rule.table != table) continue;
    const auto reads = [&](const CrossYearTerm& term) {
      const bool row_fits = term.row.empty()
                                ? std::ranges::find(rule.lines, row) != rule.lines.end()
                                : term.row == row;
      return row_fits && (term.col.empty() || term.col == col);
    };
    if (reads(rule.actual) || std::ranges::any_of(rule.expected, reads)) return true;
  }
  return false;
}

std::string describe(const ReportDigest& report) {
  return std::to_string(*report.year) + "年报告（" + report.path + "）";
}

std::optional<double> number(const ReportDigest& report, const std::string& key) {
  const auto found = report.carry_values.find(key);
  if (found == report.carry_values.end()) return std::nullopt;
  return found->second;
}

Finding warning(const std::string& rule, std::vector<std::string> cells, std::string message) {
  Finding finding;
  finding.rule = rule;
  finding.severity = Severity::kWarning;
  finding.cells = std::move(cells);
  finding.message = std::move(message);
  return finding;
}

// One cross-year identity on every line it repeats over: this year's cell = Σ ± the terms, each
// read from this year's report or the previous year's; lines with a cell missing are skipped.
void check_cross_year(const CrossYearRule& rule, const ReportDigest& report,
                      const ReportDigest& previous, std::vector<Finding>& out) {
  for (const std::string& line : rule_lines(rule)) {
    const std::string actual_key = term_key(rule, rule.actual, line);
    const auto actual = number(report, actual_key);
    if (!actual) continue;
    std::vector<std::string> cells = {actual_key};
    std::optional<double> expected;
    std::string terms;
    bool complete = true;
    for (const CrossYearTerm& term : rule.expected) {
      const std::string key = term_key(rule, term, line);
      const auto value = number(term.previous_year ? previous : report, key);
      if (!value) {
        complete = false;
        break;
      }
      const double signed_value = term.subtract ? -*value : *value;
      expected = expected ? *expected + signed_value : signed_value;
      if (!terms.empty()) terms += term.subtract ? " − " : " + ";
      terms +=
          (term.previous_year ? describe(previous) : "") + term.name + " " + format_number(*value);
      if (!term.previous_year) cells.push_back(key);
    }
    if (!complete || !expected || std::fabs(*actual - *expected) < kTolerance) continue;
    if (rule.expected.size() > 1) terms += " = " + format_number(*expected);
    const std::string scope =
        rule_scope(rule.scope, rule.table, line, rule.repeat != Repeat::kRows);
    Finding finding =
        warning(rule.rule, std::move(cells),
                scope + "：" + rule.actual.name + " " + format_number(*actual) + " ≠ " + terms);
    finding.expected = expected;
    finding.actual = actual;
    out.push_back(std::move(finding));
  }
}

// N-9 内容雷同: every table value equal to an earlier year's. All-zero tables are left alone:
// an agency without requests, cases or documents honestly reports the same zeros every year.
void check_copy(const ReportDigest& report, const std::map<int, size_t>& years,
                const std::vector<ReportDigest>& reports, std::vector<Finding>& out) {
  if (report.tables.empty() || report.tables_all_zero) return;
  for (auto it = years.lower_bound(*report.year); it != years.begin();) {
    const ReportDigest& earlier = reports[(--it)->second];
    if (earlier.tables != report.tables) continue;
    out.push_back(warning("N-9", {},
                          "表二、表三、表四的全部数值与" + describe(earlier) + "相同（内容雷同）"));
    return;
  }
}

Finding duplicate(const ReportDigest& first, size_t first_index) {
  Finding finding;
  finding.rule = "DUP-1";
  finding.severity = Severity::kInfo;
  finding.message = "文件内容与第 " + std::to_string(first_index + 1) + " 个输入（" + first.path +
                    "）相同（sha256 相同），只处理一次";
  return finding;
}

}  // namespace

ReportDigest digest_record(const ordered_json& record) {
  ReportDigest digest;
  const ordered_json& source = record.at("source");
  const ordered_json& report = record.at("report");
  digest.sha256 = source.value("sha256", "");
  digest.path = source.value("path", "");
  if (report.at("year").is_number_integer()) digest.year = report.at("year").get<int>();
  if (report.at("agency").is_string()) set_agency(report.at("agency"), digest);
  for (const ordered_json& cell : record.at("cells")) {
    if (cell.value("extra", false)) continue;
    const std::string table = cell.at("table");
    const std::string row = cell.at("row");
    const std::string col = cell.at("col");
    const ordered_json& value = cell.at("value");
    const std::string key = cell_key_text(table, row, col);
    digest.tables += key + "=" + (value.is_number() ? value.dump() : "") + ";";
    if (!value.is_number()) continue;
    if (value.get<double>() != 0) digest.tables_all_zero = false;
    if (is_carry_key(table, row, col)) digest.carry_values[key] = value.get<double>();
  }
  return digest;
}

std::vector<std::vector<Finding>> corpus_findings(const std::vector<ReportDigest>& reports) {
  std::vector<std::vector<Finding>> findings(reports.size());
  std::map<std::string, size_t> first_by_sha;
  std::map<std::string, std::map<int, size_t>> by_agency;  // agency → year → first report
  for (size_t i = 0; i < reports.size(); ++i) {
    const ReportDigest& report = reports[i];
    if (!report.sha256.empty()) {
      const auto [first, inserted] = first_by_sha.emplace(report.sha256, i);
      if (!inserted) {
        findings[i].push_back(duplicate(reports[first->second], first->second));
        continue;
      }
    }
    if (!report.agency.empty() && report.year) by_agency[report.agency].emplace(*report.year, i);
    if (!report.unlinked.empty()) {
      Finding finding;
      finding.rule = "AG-1";
      finding.severity = Severity::kInfo;
      finding.message = report.unlinked;
      findings[i].push_back(std::move(finding));
    }
  }
  for (size_t i = 0; i < reports.size(); ++i) {
    const ReportDigest& report = reports[i];
    if (report.agency.empty() || !report.year) continue;
    const std::map<int, size_t>& years = by_agency.at(report.agency);
    if (const auto previous = years.find(*report.year - 1); previous != years.end()) {
      for (const CrossYearRule& rule : cross_year_rules()) {
        check_cross_year(rule, report, reports[previous->second], findings[i]);
      }
    }
    check_copy(report, years, reports, findings[i]);
  }
  return findings;
}

}  // namespace ogi

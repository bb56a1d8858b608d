#include "validate/corpus/corpus_checks.h"

#include <cmath>

#include "template/display_labels.h"
#include "template/template_keys.h"

namespace ogi {
namespace {

using nlohmann::ordered_json;

constexpr double kTolerance = 1e-6;

// Agency identity is the printed name; whitespace (ASCII, no-break, ideographic) varies
// between a report's title and signature and between years, so it is dropped.
std::string agency_key(const std::string& agency) {
  std::string key;
  for (size_t i = 0; i < agency.size(); ++i) {
    const unsigned char c = agency[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') continue;
    if (agency.compare(i, 2, "\xC2\xA0") == 0) {
      i += 1;
      continue;
    }
    if (agency.compare(i, 3, "\xE3\x80\x80") == 0) {
      i += 2;
      continue;
    }
    key += agency[i];
  }
  return key;
}

bool is_carry_key(const std::string& table, const std::string& row, const std::string& col) {
  if (table == "t3") return row == "carried_over" || row == "carried_forward";
  return table == "t2" && row.rfind("art20_1.", 0) == 0 &&
         (col == "issued" || col == "repealed" || col == "in_force");
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

// T3-6: this year's 上年结转 = the previous year's 结转下年度, per column.
void check_carry_over(const ReportDigest& report, const ReportDigest& previous,
                      std::vector<Finding>& out) {
  for (const std::string& col : t3_columns(current_template())) {
    const std::string key = cell_key_text("t3", "carried_over", col);
    const auto carried_over = number(report, key);
    const auto carried_forward = number(previous, cell_key_text("t3", "carried_forward", col));
    if (!carried_over || !carried_forward) continue;
    if (std::fabs(*carried_over - *carried_forward) < kTolerance) continue;
    Finding finding =
        warning("T3-6", {key},
                "表三 " + col_label("t3", col) + "列：上年结转 " + format_number(*carried_over) +
                    " ≠ " + describe(previous) + "结转下年度 " + format_number(*carried_forward));
    finding.expected = carried_forward;
    finding.actual = carried_over;
    out.push_back(std::move(finding));
  }
}

// T2-1 (2021 template): 现行有效(Y) = 现行有效(Y−1) + 本年制发(Y) − 本年废止(Y).
void check_stock(const ReportDigest& report, const ReportDigest& previous,
                 std::vector<Finding>& out) {
  for (const std::string row : {"art20_1.rules", "art20_1.normative_documents"}) {
    const std::string in_force_key = cell_key_text("t2", row, "in_force");
    const std::string issued_key = cell_key_text("t2", row, "issued");
    const std::string repealed_key = cell_key_text("t2", row, "repealed");
    const auto in_force = number(report, in_force_key);
    const auto issued = number(report, issued_key);
    const auto repealed = number(report, repealed_key);
    const auto previous_in_force = number(previous, in_force_key);
    if (!in_force || !issued || !repealed || !previous_in_force) continue;
    const double expected = *previous_in_force + *issued - *repealed;
    if (std::fabs(*in_force - expected) < kTolerance) continue;
    Finding finding = warning("T2-1", {in_force_key, issued_key, repealed_key},
                              "表二 " + row_label("t2", row) + "：现行有效件数 " +
                                  format_number(*in_force) + " ≠ " + describe(previous) +
                                  "现行有效件数 " + format_number(*previous_in_force) +
                                  " + 本年制发件数 " + format_number(*issued) + " − 本年废止件数 " +
                                  format_number(*repealed) + " = " + format_number(expected));
    finding.expected = expected;
    finding.actual = in_force;
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
  if (report.at("agency").is_string()) digest.agency = agency_key(report.at("agency"));
  if (report.at("year").is_number_integer()) digest.year = report.at("year").get<int>();
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
  }
  for (size_t i = 0; i < reports.size(); ++i) {
    const ReportDigest& report = reports[i];
    if (report.agency.empty() || !report.year) continue;
    const std::map<int, size_t>& years = by_agency.at(report.agency);
    if (const auto previous = years.find(*report.year - 1); previous != years.end()) {
      check_carry_over(report, reports[previous->second], findings[i]);
      check_stock(report, reports[previous->second], findings[i]);
    }
    check_copy(report, years, reports, findings[i]);
  }
  return findings;
}

}  // namespace ogi

#include "cli/evaluation.h"

#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "model/report.h"

namespace ogi {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

std::string cell_key(const json& cell) {
  return cell.value("table", "") + "." + cell.value("row", "") + "." + cell.value("col", "");
}

bool same_value(const json& expected, const json& actual) {
  if (expected.is_null() || actual.is_null()) return expected.is_null() && actual.is_null();
  if (!expected.is_number() || !actual.is_number()) return false;
  return std::fabs(expected.get<double>() - actual.get<double>()) < 1e-9;
}

json read_json(const fs::path& path) {
  std::ifstream in(path);
  return json::parse(in, nullptr, false);
}

// "d009.chrome.pdf" → "chrome.pdf": what follows the document id names the input kind.
std::string format_of(const std::string& file_name) {
  const size_t dot = file_name.find('.');
  return dot == std::string::npos ? file_name : file_name.substr(dot + 1);
}

bool flags_injection(const json& truth, const json& record) {
  const json& injected = truth["injected"];
  const std::vector<std::string> rules = rules_for_injection(injected.value("rule", ""));
  for (const json& finding : record["validation"]["findings"]) {
    const std::string severity = finding.value("severity", "");
    if (severity != "error" && severity != "warning") continue;
    const std::string rule = finding.value("rule", "");
    if (std::find(rules.begin(), rules.end(), rule) != rules.end()) return true;
  }
  return false;
}

// Cells named by an error or warning finding.
std::set<std::string> alarmed_cells(const json& record) {
  std::set<std::string> cells;
  if (!record.contains("validation")) return cells;
  for (const json& finding : record["validation"]["findings"]) {
    const std::string severity = finding.value("severity", "");
    if (severity != "error" && severity != "warning") continue;
    for (const json& cell : finding["cells"]) cells.insert(cell.get<std::string>());
  }
  return cells;
}

int alarm_count(const json& record) {
  int count = 0;
  for (const json& finding : record["validation"]["findings"]) {
    const std::string severity = finding.value("severity", "");
    count += severity == "error" || severity == "warning";
  }
  return count;
}

std::string percent(int part, int whole) {
  if (whole == 0) return "—";
  std::ostringstream out;
  out.precision(2);
  out << std::fixed << 100.0 * part / whole << "%";
  return out.str();
}

}  // namespace

std::vector<std::string> rules_for_injection(const std::string& injected_rule) {
  if (injected_rule == "t3_total_eq_sum_results") return {"T3-2"};
  if (injected_rule == "t3_row_sum") return {"T3-3"};
  if (injected_rule == "t3_balance") return {"T3-1"};
  if (injected_rule == "t4_total") return {"T4-1"};
  if (injected_rule == "narrative_mismatch") return {"N-1", "N-2", "N-3", "N-4"};
  return {"T3-1", "T3-2", "T3-3", "T4-1", "T2-2", "T2-4"};
}

void score_record(const json& truth, const json& record, const std::string& name,
                  FormatScore& score) {
  std::map<std::string, json> values;
  std::map<std::string, double> confidences;
  if (record.contains("cells")) {
    for (const json& cell : record["cells"]) {
      values[cell_key(cell)] = cell["value"];
      const double confidence = cell.value("confidence", 1.0);
      confidences[cell_key(cell)] = confidence;
      score.doubted_cells += confidence < kConfidentReading;
    }
  }
  const std::set<std::string> flagged = alarmed_cells(record);
  ++score.documents;
  bool all_right = true;
  for (const json& cell : truth["cells"]) {
    const std::string key = cell_key(cell);
    const auto found = values.find(key);
    const json actual = found == values.end() ? json() : found->second;
    ++score.truth_cells;
    if (!cell["value"].is_null()) {
      ++score.truth_values;
      score.values_found += !actual.is_null();
    }
    if (same_value(cell["value"], actual)) {
      ++score.cells_right;
      continue;
    }
    all_right = false;
    const double confidence = confidences.contains(key) ? confidences[key] : 0;
    const bool silent = confidence >= kConfidentReading && !flagged.contains(key);
    score.silent_errors += silent;
    score.wrong_cells.push_back(name + ": " + key + " expected " + cell["value"].dump() + " got " +
                                (found == values.end() ? "(missing)" : actual.dump()) +
                                " (confidence " + std::to_string(confidence).substr(0, 4) +
                                (silent                  ? ", SILENT)"
                                 : flagged.contains(key) ? ", flagged)"
                                                         : ")"));
  }
  score.documents_fully_right += all_right;
  if (truth.contains("injected") && !truth["injected"].is_null()) {
    ++score.injected;
    score.injected_flagged += flags_injection(truth, record);
  } else {
    ++score.clean;
    const int alarms = alarm_count(record);
    score.false_alarm_documents += alarms > 0;
    score.false_alarm_findings += alarms;
  }
}

EvaluationResult evaluate_directories(const std::string& truth_dir, const std::string& out_dir) {
  // Every document a truth file lists (or its `source`) points back to that truth.
  std::map<std::string, json> truth_by_document;
  for (const auto& entry : fs::directory_iterator(truth_dir)) {
    if (entry.path().extension() != ".json") continue;
    json truth = read_json(entry.path());
    if (truth.is_discarded() || !truth.contains("cells")) continue;
    std::vector<std::string> names = truth.value("documents", std::vector<std::string>{});
    if (truth.contains("source") && truth["source"].is_string()) names.push_back(truth["source"]);
    for (const std::string& name : names) truth_by_document[name] = truth;
  }
  EvaluationResult result;
  std::vector<fs::path> records;
  for (const auto& entry : fs::directory_iterator(out_dir)) {
    if (entry.path().extension() == ".json") records.push_back(entry.path());
  }
  std::sort(records.begin(), records.end());
  for (const fs::path& path : records) {
    const json record = read_json(path);
    if (record.is_discarded()) continue;
    const std::string document = fs::path(record["source"].value("path", "")).filename().string();
    const auto truth = truth_by_document.find(document);
    if (truth == truth_by_document.end()) {
      result.unmatched_records.push_back(path.filename().string());
      continue;
    }
    score_record(truth->second, record, document, result.by_format[format_of(document)]);
  }
  return result;
}

std::string render_evaluation(const EvaluationResult& result, bool verbose) {
  std::ostringstream out;
  out << "format      docs  cells right   recall    docs fully right  injected flagged  false "
         "alarms (docs/findings)  silent errors  cells < 0.9\n";
  for (const auto& [format, score] : result.by_format) {
    out << format << std::string(format.size() < 12 ? 12 - format.size() : 1, ' ')
        << score.documents << "    " << percent(score.cells_right, score.truth_cells) << " ("
        << score.cells_right << "/" << score.truth_cells << ")  "
        << percent(score.values_found, score.truth_values) << "   " << score.documents_fully_right
        << "/" << score.documents << "               " << score.injected_flagged << "/"
        << score.injected << "              " << score.false_alarm_documents << "/" << score.clean
        << " docs, " << score.false_alarm_findings << " findings      " << score.silent_errors
        << "              " << score.doubted_cells << "\n";
  }
  for (const std::string& name : result.unmatched_records) {
    out << "no truth for record " << name << "\n";
  }
  if (verbose) {
    for (const auto& [format, score] : result.by_format) {
      for (const std::string& wrong : score.wrong_cells) out << "  wrong " << wrong << "\n";
    }
  }
  return out.str();
}

}  // namespace ogi

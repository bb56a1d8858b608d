#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace ogi {

// Accuracy of records against ground truth (the format of ../shared/dev/truth), per input format.
struct FormatScore {
  int documents = 0;
  int documents_fully_right = 0;
  int truth_cells = 0;
  int cells_right = 0;
  int truth_values = 0;      // truth cells holding a number
  int values_found = 0;      // ... for which the record holds a number too (recall)
  int injected = 0;          // documents whose truth has an injected inconsistency
  int injected_flagged = 0;  // ... flagged with the expected rule
  int clean = 0;
  int false_alarm_documents = 0;  // clean documents with an error or warning finding
  int false_alarm_findings = 0;
  // Wrong cells with confidence >= 0.9 that no error or warning finding names: what a user who
  // trusts confident, unflagged values would take for right. The target is zero.
  int silent_errors = 0;
  int doubted_cells = 0;                 // cells with confidence < 0.9, right or wrong
  std::vector<std::string> wrong_cells;  // "doc: key expected X got Y", for the reader
};

struct EvaluationResult {
  std::map<std::string, FormatScore> by_format;  // "docx", "pdf", "chrome.pdf", "scan.pdf", ...
  std::vector<std::string> unmatched_records;
};

// Rules that flag a truth file's `injected.rule`.
std::vector<std::string> rules_for_injection(const std::string& injected_rule);

// Compares one record with its truth and adds the outcome to `score`.
void score_record(const nlohmann::json& truth, const nlohmann::json& record,
                  const std::string& name, FormatScore& score);

EvaluationResult evaluate_directories(const std::string& truth_dir, const std::string& out_dir);

std::string render_evaluation(const EvaluationResult& result, bool verbose);

}  // namespace ogi

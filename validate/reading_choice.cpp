#include "validate/reading_choice.h"

#include <algorithm>
#include <optional>
#include <set>

#include "model/utf8.h"
#include "template/display_labels.h"
#include "validate/validator.h"

namespace ogi {
namespace {

// At most this many cells are doubted at once, and each keeps this many re-readings: enough for
// the misreadings of one table, few enough to try every combination.
constexpr size_t kMaxDoubted = 12;
constexpr size_t kMaxOptions = 3;
constexpr size_t kMaxCombinations = 729;
// A re-reading only one recognizer saw is used only where the first reading was no number.
constexpr int kMinVotes = 2;
// Text of more characters than this in a value cell is print that strayed in (a label's end), not
// a misread digit; re-reading it as a number would invent one. At most kMaxTextCells are re-read.
constexpr size_t kMaxTextLength = 3;
constexpr size_t kMaxTextCells = 48;

bool table_identity(const Finding& finding) {
  return finding.severity != Severity::kInfo && !finding.rule.empty() && finding.rule[0] == 'T';
}

bool on_ocr_page(const CanonicalCell& cell, const Report& report) {
  if (!cell.page || !cell.box) return false;
  const std::vector<int>& pages = report.source.ocr_pages;
  return std::find(pages.begin(), pages.end(), *cell.page) != pages.end();
}

// Table identities that fail or cannot be checked, and the cells they name.
struct IdentityProblems {
  int count = 0;
  std::set<std::string> cells;
};

IdentityProblems identity_problems(const Report& report) {
  IdentityProblems problems;
  for (const Finding& finding : validate_report(report)) {
    if (!table_identity(finding)) continue;
    ++problems.count;
    problems.cells.insert(finding.cells.begin(), finding.cells.end());
  }
  return problems;
}

// Where the cell of `key` sits in the report's cells (a cell is changed through its index).
std::optional<size_t> cell_index(const Report& report, const std::string& key) {
  for (size_t i = 0; i < report.cells.size(); ++i) {
    if (report.cells[i].key() == key) return i;
  }
  return std::nullopt;
}

// One doubted cell: where it sits in the report and the readings to try, its first one first.
struct Candidate {
  size_t cell;
  std::vector<ReadingOption> readings;
};

std::vector<Candidate> candidates(const Report& report, const std::vector<CellOptions>& cells) {
  std::vector<Candidate> out;
  for (const CellOptions& options : cells) {
    const std::optional<size_t> index = cell_index(report, options.key);
    if (!index) continue;
    const CanonicalCell* at = &report.cells[*index];
    Candidate candidate{*index, {{at->value, 0}}};
    const int min_votes = holds_number(at->value) ? kMinVotes : 1;
    for (const ReadingOption& option : options.options) {
      if (candidate.readings.size() > kMaxOptions) break;
      if (option.votes < min_votes || option.value.raw == at->value.raw) continue;
      candidate.readings.push_back(option);
    }
    if (candidate.readings.size() > 1) out.push_back(std::move(candidate));
  }
  return out;
}

struct Outcome {
  std::vector<size_t> picks;  // index into each candidate's readings
  int problems = 0;
  int changes = 0;
  int votes = 0;
  // Whether every changed cell is out of every failing identity: a reading that leaves its own
  // row or column unbalanced is no better supported than the first one.
  bool changes_clear = true;

  bool better_than(const Outcome& other) const {
    if (changes_clear != other.changes_clear) return changes_clear;
    if (problems != other.problems) return problems < other.problems;
    if (changes != other.changes) return changes < other.changes;
    return votes > other.votes;
  }
};

Outcome evaluate(Report& trial, const std::vector<Candidate>& candidates,
                 const std::vector<size_t>& picks) {
  Outcome outcome{picks, 0, 0, 0, true};
  for (size_t i = 0; i < candidates.size(); ++i) {
    const ReadingOption& reading = candidates[i].readings[picks[i]];
    trial.cells[candidates[i].cell].value = reading.value;
    outcome.changes += picks[i] != 0;
    outcome.votes += reading.votes;
  }
  const IdentityProblems problems = identity_problems(trial);
  outcome.problems = problems.count;
  for (size_t i = 0; i < candidates.size(); ++i) {
    if (picks[i] != 0 && problems.cells.contains(trial.cells[candidates[i].cell].key())) {
      outcome.changes_clear = false;
    }
  }
  return outcome;
}

// Every combination when there are few; else one cell at a time, twice over.
Outcome best_outcome(const Report& report, const std::vector<Candidate>& candidates) {
  Report trial = report;
  std::vector<size_t> picks(candidates.size(), 0);
  Outcome best = evaluate(trial, candidates, picks);
  size_t combinations = 1;
  for (const Candidate& candidate : candidates) {
    combinations = std::min(kMaxCombinations + 1, combinations * candidate.readings.size());
  }
  if (combinations <= kMaxCombinations) {
    for (size_t n = 1; n < combinations; ++n) {
      size_t rest = n;
      for (size_t i = 0; i < candidates.size(); ++i) {
        picks[i] = rest % candidates[i].readings.size();
        rest /= candidates[i].readings.size();
      }
      const Outcome outcome = evaluate(trial, candidates, picks);
      if (outcome.better_than(best)) best = outcome;
    }
    return best;
  }
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t i = 0; i < candidates.size(); ++i) {
      picks = best.picks;
      for (size_t option = 0; option < candidates[i].readings.size(); ++option) {
        picks[i] = option;
        const Outcome outcome = evaluate(trial, candidates, picks);
        if (outcome.better_than(best)) best = outcome;
      }
    }
  }
  return best;
}

Finding change_finding(const CanonicalCell& cell, const CellValue& first, int votes,
                       int problems_left) {
  Finding finding;
  finding.rule = "OCR-1";
  finding.severity = Severity::kInfo;
  finding.cells = {cell.key()};
  finding.message = "重新识别“" + cell_label(cell.key()) + "”：初读“" + first.raw + "”，复读“" +
                    cell.value.raw + "”（" + std::to_string(votes) + "个识别结果一致），取后者：" +
                    (problems_left == 0 ? "表格勾稽关系由此成立" : "不成立的勾稽关系由此减少");
  finding.expected = cell.value.value;
  finding.actual = first.value;
  return finding;
}

}  // namespace

std::vector<std::string> doubted_ocr_cells(const Report& report,
                                           const std::vector<Finding>& findings) {
  std::set<std::string> named;
  for (const Finding& finding : findings) {
    if (table_identity(finding)) named.insert(finding.cells.begin(), finding.cells.end());
  }
  std::vector<const CanonicalCell*> doubted;
  for (const CanonicalCell& cell : report.cells) {
    if (!named.contains(cell.key()) || !on_ocr_page(cell, report)) continue;
    if (cell.confidence < kConfidentReading || cell.value.semantic == Semantic::kText) {
      doubted.push_back(&cell);
    }
  }
  std::stable_sort(
      doubted.begin(), doubted.end(),
      [](const CanonicalCell* a, const CanonicalCell* b) { return a->confidence < b->confidence; });
  if (doubted.size() > kMaxDoubted) doubted.resize(kMaxDoubted);
  std::vector<std::string> keys;
  for (const CanonicalCell* cell : doubted) keys.push_back(cell->key());
  return keys;
}

std::vector<std::string> text_ocr_cells(const Report& report) {
  std::vector<std::string> keys;
  for (const CanonicalCell& cell : report.cells) {
    if (keys.size() >= kMaxTextCells) break;
    if (cell.value.semantic != Semantic::kText || !on_ocr_page(cell, report)) continue;
    if (utf8_to_u32(cell.value.raw).size() > kMaxTextLength) continue;
    keys.push_back(cell.key());
  }
  return keys;
}

std::vector<Finding> take_agreed_numbers(Report& report, const std::vector<CellOptions>& cells) {
  std::vector<Finding> findings;
  for (const CellOptions& options : cells) {
    const std::optional<size_t> index = cell_index(report, options.key);
    CanonicalCell* cell = index ? &report.cells[*index] : nullptr;
    if (!cell || cell->value.semantic != Semantic::kText || options.options.empty()) continue;
    const auto most = std::max_element(
        options.options.begin(), options.options.end(),
        [](const ReadingOption& a, const ReadingOption& b) { return a.votes < b.votes; });
    const bool alone = std::none_of(
        options.options.begin(), options.options.end(),
        [&](const ReadingOption& other) { return &other != &*most && other.votes == most->votes; });
    if (most->votes < kMinVotes || !alone || !holds_number(most->value)) continue;
    const CellValue first = cell->value;
    cell->value = most->value;
    cell->confidence = kAgreedRereading;
    Finding finding;
    finding.rule = "OCR-4";
    finding.severity = Severity::kInfo;
    finding.cells = {cell->key()};
    finding.message = "重新识别“" + cell_label(cell->key()) + "”：初读为文字“" + first.raw +
                      "”，复读为数字“" + cell->value.raw + "”（" + std::to_string(most->votes) +
                      "个识别结果一致），取后者";
    finding.expected = cell->value.value;
    findings.push_back(std::move(finding));
  }
  return findings;
}

std::vector<Finding> choose_readings(Report& report, const std::vector<CellOptions>& cells) {
  const std::vector<Candidate> doubted = candidates(report, cells);
  if (doubted.empty()) return {};
  // The search starts from the first readings and only moves to an outcome better_than it, so
  // a best with changes and clear cells already has fewer failing identities.
  const Outcome best = best_outcome(report, doubted);
  if (best.changes == 0 || !best.changes_clear) return {};
  std::vector<Finding> findings;
  for (size_t i = 0; i < doubted.size(); ++i) {
    if (best.picks[i] == 0) continue;
    CanonicalCell& cell = report.cells[doubted[i].cell];
    const CellValue first = cell.value;
    const ReadingOption& chosen = doubted[i].readings[best.picks[i]];
    cell.value = chosen.value;
    cell.confidence = kChosenByIdentities;
    findings.push_back(change_finding(cell, first, chosen.votes, best.problems));
  }
  return findings;
}

}  // namespace ogi

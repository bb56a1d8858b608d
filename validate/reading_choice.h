#pragma once

#include <string>
#include <vector>

#include "model/cell_value.h"
#include "model/report.h"

namespace ogi {

// Confidence of a value the identities chose among several readings: trusted because the
// template's arithmetic holds with it, yet kept below the 0.9 a user filters "certain" values
// at, since no recognizer was sure on its own.
inline constexpr double kChosenByIdentities = 0.85;

// Cells an OCR reading may have got wrong, worst first: named by a table identity (T rules) that
// fails or cannot be checked, printed on an OCR'd page with a box to read again, and not read
// with confidence (below 0.9, or text where a number belongs). `findings` are the report's
// validation findings.
std::vector<std::string> doubted_ocr_cells(const Report& report,
                                           const std::vector<Finding>& findings);

// Another reading of one cell, with how many recognizers agreed on it.
struct ReadingOption {
  CellValue value;
  int votes = 0;
};

struct CellOptions {
  std::string key;
  std::vector<ReadingOption> options;  // re-readings; the cell's first reading is not among them
};

// Confidence of a number re-read where the first reading gave text: the recognizers agree on it,
// but none read it the first time, so it stays below the 0.9 of a certain value.
inline constexpr double kAgreedRereading = 0.7;

// Cells an OCR reading gave a few characters of text where the template wants a number ("U" for
// a 0, "工" or "了" for a 1), on an OCR'd page with a box to read again. They need no identity to
// doubt them: text is never a table value.
std::vector<std::string> text_ocr_cells(const Report& report);

// For each of those cells whose re-readings agree on one number (kMinVotes recognizers at least,
// more than for any other number), takes that number with confidence kAgreedRereading; each
// change is returned as an info finding OCR-4 that gives both readings. Cells whose first reading
// is a number are left to choose_readings.
std::vector<Finding> take_agreed_numbers(Report& report, const std::vector<CellOptions>& cells);

// Validator-guided choice among readings: tries the combinations of each doubted cell's first
// reading and its re-readings and keeps the one under which the fewest table identities fail
// (fewest changes among equals). Only numbers some recognizer read are ever used. Changed cells
// get confidence kChosenByIdentities; each change is returned as an info finding OCR-1 that
// gives both readings.
std::vector<Finding> choose_readings(Report& report, const std::vector<CellOptions>& cells);

}  // namespace ogi

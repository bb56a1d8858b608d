#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ogi {

// A reading as a printed number, or nullopt. Spaces are dropped; with `lenient`, letters that
// recognizers put in place of digits (O for 0, l or ] for 1) are read as those digits. A number
// never starts with a zero followed by another digit: "041" is a misread "641".
std::optional<std::string> as_number(std::string_view text, bool lenient);

// One number read from a cell, with how many readings agreed on it and their best confidence.
struct NumberReading {
  std::string number;
  int votes = 0;
  double confidence = 0;
};

// Readings of one number by several recognizers, as votes. A value two readings agree on and no
// reading contradicts is trusted; anything else keeps a low confidence.
class NumberVote {
 public:
  void add(std::string_view text, double confidence);
  // Whether some number has at least two votes: no further reading is needed.
  bool settled() const;
  bool empty() const { return tallies_.empty(); }
  // The number with the most votes (the first read among equals).
  const std::string& winner() const;
  int winner_votes() const;
  // The best confidence among the winner's readings when no reading contradicts it and at
  // least two agree; kContested otherwise.
  double confidence() const;
  // Every distinct number read, most votes first (the first read among equals).
  std::vector<NumberReading> readings() const;

  static constexpr double kContested = 0.45;

 private:
  const NumberReading& top() const;
  std::vector<NumberReading> tallies_;
};

}  // namespace ogi

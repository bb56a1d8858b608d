// normalize_text on 10 and 20 MB of report text (and on 5 and 10 MB of the two pathological
// shapes): prints seconds per size and whether the time grows linearly. A quadratic step would
// take 4x as long for twice the input; linear is judged at under 3x, which leaves room for a
// machine shared with other builds. Built and run by bench/normalize_bench.sh.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>

#include "normalize/text_normalize.h"

namespace {

std::string repeat_to(const std::string& unit, std::size_t bytes) {
  std::string text;
  text.reserve(bytes + unit.size());
  while (text.size() < bytes) text += unit;
  return text;
}

double seconds_to_normalize(const std::string& text, bool keep_newlines) {
  const auto start = std::chrono::steady_clock::now();
  const std::string out = ogi::normalize_text(text, keep_newlines);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (out.empty()) std::puts("(empty output)");  // keeps the call from being optimized away
  return seconds;
}

// Times `unit` repeated to `bytes` and to twice that; true when the larger took < 3x as long.
bool is_linear(const char* name, const std::string& unit, std::size_t bytes, bool keep_newlines) {
  const double small = seconds_to_normalize(repeat_to(unit, bytes), keep_newlines);
  const double large = seconds_to_normalize(repeat_to(unit, 2 * bytes), keep_newlines);
  const double ratio = large / std::max(small, 1e-6);
  const bool linear = ratio < 3.0;
  std::printf("%-12s %5.1f MB %7.3f s   %5.1f MB %7.3f s   ratio %.2f  %s\n", name, bytes / 1e6,
              small, 2 * bytes / 1e6, large, ratio, linear ? "linear" : "NOT LINEAR");
  return linear;
}

}  // namespace

int main() {
  const std::string paragraph =
      "我局严格按照《中华人民共和国政府信息公开条例》（以\n\n下简称《条例》）要求，结合 2024 年度 "
      "11 条 ， N / A\u00A0\u200B。\n";
  bool linear = is_linear("report text", paragraph, 10'000'000, true);
  linear = is_linear("one line", "-", 5'000'000, false) && linear;  // no space, one huge line
  linear = is_linear("spaced", "- ", 5'000'000, false) && linear;
  std::puts(linear ? "normalize_text: linear" : "normalize_text: NOT linear");
  return linear ? 0 : 1;
}

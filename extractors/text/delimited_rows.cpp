#include "extractors/text/delimited_rows.h"

#include <regex>

namespace ogi {
namespace {

std::string_view trim(std::string_view text) {
  const auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  // Ideographic spaces pad cells in dumps of Chinese tables.
  while (text.starts_with("\xE3\x80\x80")) text.remove_prefix(3);
  while (text.ends_with("\xE3\x80\x80")) text.remove_suffix(3);
  return text;
}

std::vector<std::string> split_on(std::string_view text, char separator) {
  std::vector<std::string> cells;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find(separator, start);
    cells.emplace_back(trim(text.substr(start, end == std::string_view::npos ? end : end - start)));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return cells;
}

bool any_text(const std::vector<std::string>& cells) {
  for (const std::string& cell : cells) {
    if (!cell.empty()) return true;
  }
  return false;
}

}  // namespace

RowDelimiter row_delimiter(std::string_view line) {
  const std::string_view content = trim(line);
  if (content.size() >= 2 && content.front() == '|' && content.back() == '|' &&
      any_text(split_row(line, RowDelimiter::kPipe))) {
    return RowDelimiter::kPipe;
  }
  // Leading tabs only indent; a tab after text separates cells.
  const std::size_t first_text = line.find_first_not_of(" \t");
  if (first_text != std::string_view::npos &&
      line.find('\t', first_text) != std::string_view::npos) {
    return RowDelimiter::kTab;
  }
  return RowDelimiter::kNone;
}

std::vector<std::string> split_row(std::string_view line, RowDelimiter delimiter) {
  if (delimiter == RowDelimiter::kTab) {
    std::string_view content = line;
    while (!content.empty() && (content.back() == '\r' || content.back() == '\n')) {
      content.remove_suffix(1);
    }
    return split_on(content, '\t');
  }
  std::string_view content = trim(line);
  if (content.starts_with('|')) content.remove_prefix(1);
  if (content.ends_with('|')) content.remove_suffix(1);
  return split_on(content, '|');
}

bool is_pipe_rule(std::string_view line) {
  const std::string_view content = trim(line);
  if (content.empty() || content.find('|') == std::string_view::npos) return false;
  return content.find_first_not_of("|-: \t") == std::string_view::npos;
}

bool is_page_marker(std::string_view line) {
  // Alternations, not bracket classes: the dashes are several bytes each.
  static const std::regex marker(
      "^(?:(?:-|—|–|‒|−|－)\\s*\\d{1,4}\\s*(?:-|—|–|‒|−|－)"
      "|第\\s*\\d{1,4}\\s*页(?:\\s*(?:,|，|/)?\\s*共\\s*\\d{1,4}\\s*页)?"
      "|\\d{1,4}\\s*/\\s*\\d{1,4})$");
  const std::string_view content = trim(line);
  if (content.empty() || content.size() > 40) return false;
  return std::regex_match(content.begin(), content.end(), marker);
}

}  // namespace ogi

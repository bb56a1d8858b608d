#include "extractors/text/text_extractor.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/common/charset.h"
#include "extractors/common/site_chrome.h"
#include "extractors/common/span_table_builder.h"
#include "extractors/extract_error.h"
#include "extractors/file_probe.h"
#include "extractors/read_limits.h"
#include "extractors/text/delimited_rows.h"

namespace ogi {
namespace {

constexpr std::uintmax_t kMaxTextBytes = 64u << 20;

std::string decode_dump(std::string_view bytes, bool* lossy) {
  const ByteOrderMark bom = detect_bom(bytes);
  if (!bom.charset.empty()) {
    bytes.remove_prefix(bom.length);
    return decode_first_clean(bytes, {bom.charset, "GB18030"}, lossy);
  }
  return decode_first_clean(bytes, {"UTF-8", "GB18030"}, lossy);
}

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> lines;
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\n' && text[i] != '\r') continue;
    lines.push_back(text.substr(start, i - start));
    if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
    start = i + 1;
  }
  if (start < text.size()) lines.push_back(text.substr(start));
  return lines;
}

// The line cut to ReadLimits::kMaxTextLineBytes, at a character boundary (a row that long is no
// report row; splitting it would cost one cell per separator).
std::string_view bounded_line(std::string_view line) {
  if (line.size() <= ReadLimits::kMaxTextLineBytes) return line;
  std::size_t end = ReadLimits::kMaxTextLineBytes;
  while (end > 0 && (static_cast<unsigned char>(line[end]) & 0xC0) == 0x80) --end;
  return line.substr(0, end);
}

bool is_blank(std::string_view line) {
  return line.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

// Collects consecutive rows of one delimiter into a table; blank lines between rows (page breaks
// of the original) do not end it.
class DumpReader {
 public:
  explicit DumpReader(Document& document) : document_(document) {}

  void read(const std::vector<std::string_view>& lines) {
    for (std::string_view whole_line : lines) {
      const std::string_view line = bounded_line(whole_line);
      if (line.size() < whole_line.size()) {
        note_limit(document_, "text_line_limit",
                   "a line of " + std::to_string(whole_line.size()) + " bytes was cut to " +
                       std::to_string(line.size()) + " (limit " +
                       std::to_string(ReadLimits::kMaxTextLineBytes) + " bytes per line)");
      }
      if (is_blank(line) || is_pipe_rule(line)) continue;
      const RowDelimiter delimiter = row_delimiter(line);
      if (delimiter != RowDelimiter::kNone) {
        if (cells_ >= ReadLimits::kMaxTableCells) {
          note_limit(document_, "table_cell_limit",
                     "the tables hold more than " + std::to_string(ReadLimits::kMaxTableCells) +
                         " cells; the rows after that were not read");
          continue;
        }
        add_row(line, delimiter);
        continue;
      }
      finish_table();
      if (is_page_marker(line) || is_site_chrome_line(line)) continue;
      Paragraph paragraph;
      paragraph.text = std::string(line);
      document_.add_paragraph(std::move(paragraph));
    }
    finish_table();
  }

 private:
  void add_row(std::string_view line, RowDelimiter delimiter) {
    if (delimiter != delimiter_) finish_table();
    delimiter_ = delimiter;
    grid_.begin_row();
    for (std::string& cell : split_row(line, delimiter)) {
      grid_.add_cell(1, 1, std::move(cell));
      ++cells_;
    }
  }

  void finish_table() {
    if (delimiter_ != RowDelimiter::kNone) document_.add_table(grid_.finish());
    grid_ = SpanTableBuilder();
    delimiter_ = RowDelimiter::kNone;
  }

  Document& document_;
  SpanTableBuilder grid_;
  RowDelimiter delimiter_ = RowDelimiter::kNone;
  std::int64_t cells_ = 0;
};

}  // namespace

Document extract_text(const std::string& path) {
  const std::uintmax_t size = readable_file_size(path);
  if (size == 0) throw ExtractError("empty_file", "the file is empty");
  if (size > kMaxTextBytes) throw ExtractError("too_large", "the text is larger than 64 MiB");
  const std::string bytes = read_file_head(path, static_cast<std::size_t>(size));
  bool lossy = false;
  const std::string text = decode_dump(bytes, &lossy);

  Document document;
  document.format = "txt";
  if (lossy) {
    document.issues.push_back({"encoding", "文本编码无法完整识别，部分字符已替换为U+FFFD"});
  }
  DumpReader(document).read(split_lines(text));
  return document;
}

}  // namespace ogi

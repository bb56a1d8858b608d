#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace ogi {

// RFC 4180 rows: a field holding a comma, quote, CR or LF is quoted, quotes doubled.
std::string csv_field(std::string_view text);

class CsvWriter {
 public:
  // Starts the file with a UTF-8 byte order mark, so that Excel reads the Chinese text as
  // UTF-8 instead of the system code page, then the header row.
  CsvWriter(std::ostream& out, const std::vector<std::string>& header);

  void write_row(const std::vector<std::string>& fields);

 private:
  std::ostream& out_;
};

}  // namespace ogi

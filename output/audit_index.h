#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

namespace ogi {

// The index of a folder of audit pages (`index.html`): one row per report — input number,
// agency, year, template, status, the rules its error and warning findings name, and a link to
// its page — sortable by any column (one comparator) and filtered by text and status (rows
// hidden, not removed), with a few lines of plain JavaScript and no handler per row, so 10 000
// rows stay usable. The state can be given in the URL fragment: `index.html#q=北塘&status=error
// &sort=year&desc=1`. Rows are written as they are added: the index holds no row in memory.
class AuditIndex {
 public:
  explicit AuditIndex(std::ostream& out);
  // `page_url` relative to the index; every text of the record is HTML-escaped.
  void add(long long ordinal, const nlohmann::ordered_json& record, const std::string& page_url);
  // The end of the table and the script; nothing may be added after.
  void finish();

 private:
  std::ostream& out_;
};

}  // namespace ogi

#pragma once

#include <map>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>

namespace ogi {

// One report's audit page (`ogi audit`, `ogi batch --audit`): a self-contained HTML page, no
// server and nothing fetched, that opens from file://. 表二, 表三 and 表四 laid out as the national
// template prints them (audit_tables), every value coloured by its confidence, the values a
// finding names outlined and marked with its message (cell_marks), the report's metadata, source
// and findings. Clicking a value shows its source: the picture at `crop_urls[key]` (a URL relative
// to the page: the page region around the value's box, debug/source_crops), else the text the
// source cell held (`raw`). `source_unreadable`: the values have boxes on pages but the source
// file could not be opened where the page was written (a merged corpus's shards read elsewhere)
// or has changed since, which the page says above the tables. Every text of the record is
// HTML-escaped.
void write_audit_page(std::ostream& out, const nlohmann::ordered_json& record,
                      const std::map<std::string, std::string>& crop_urls,
                      bool source_unreadable = false);

// A JSON value as the pages print it: a string as it is, a number as a reader writes it
// (format_number), null as nothing, anything else as JSON.
std::string shown_text(const nlohmann::ordered_json& value);

// The class a value's confidence colours it with: "c-hi" (kConfidentReading or more), "c-mid"
// (0.6 or more), "c-lo", or "c-none" when the record gives none.
std::string confidence_class(const nlohmann::ordered_json& confidence);

}  // namespace ogi

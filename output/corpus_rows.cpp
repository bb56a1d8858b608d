#include "output/corpus_rows.h"

namespace ogi {
namespace {

using nlohmann::ordered_json;

CorpusValue member(const ordered_json& json, const char* key) {
  const auto found = json.find(key);
  return found == json.end() ? CorpusValue{} : corpus_value_of(*found);
}

std::string joined(const ordered_json& strings, const std::string& separator) {
  std::string text;
  for (const ordered_json& item : strings) {
    if (!text.empty()) text += separator;
    text += item.is_string() ? item.get<std::string>() : item.dump();
  }
  return text;
}

std::string error_codes(const ordered_json& record) {
  ordered_json codes = ordered_json::array();
  for (const ordered_json& error : record.value("errors", ordered_json::array())) {
    codes.push_back(error.value("code", ""));
  }
  return joined(codes, ";");
}

// sha256, path, agency, year, template: the identity every cell row starts with.
CorpusRow identity(const ordered_json& record) {
  const ordered_json& source = record.at("source");
  const ordered_json& report = record.at("report");
  return {member(source, "sha256"), member(source, "path"), member(report, "agency"),
          member(report, "year"), member(report, "template")};
}

}  // namespace

CorpusValue corpus_value_of(const ordered_json& json) {
  if (json.is_number_integer()) return json.get<long long>();
  if (json.is_number_float()) return json.get<double>();
  if (json.is_string()) return json.get<std::string>();
  if (json.is_boolean()) return static_cast<long long>(json.get<bool>());
  return std::monostate{};
}

const std::vector<std::string>& cell_columns() {
  static const std::vector<std::string> columns = {
      "sha256", "path",  "agency", "year",     "template", "table",     "row",
      "col",    "value", "raw",    "semantic", "page",     "confidence"};
  return columns;
}

const std::vector<std::string>& finding_columns() {
  static const std::vector<std::string> columns = {"sha256",   "path",  "rule",
                                                   "severity", "cells", "message"};
  return columns;
}

const std::vector<std::string>& report_columns() {
  static const std::vector<std::string> columns = {"ordinal", "sha256", "path",     "format",
                                                   "agency",  "year",   "template", "published",
                                                   "status",  "errors", "record"};
  return columns;
}

std::vector<CorpusRow> cell_rows(const ordered_json& record) {
  const CorpusRow start = identity(record);
  std::vector<CorpusRow> rows;
  for (const ordered_json& cell : record.at("cells")) {
    CorpusRow row = start;
    for (const char* key :
         {"table", "row", "col", "value", "raw", "semantic", "page", "confidence"}) {
      row.push_back(member(cell, key));
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

std::vector<CorpusRow> finding_rows(const ordered_json& record) {
  const ordered_json& source = record.at("source");
  std::vector<CorpusRow> rows;
  for (const ordered_json& finding : record.at("validation").at("findings")) {
    rows.push_back({member(source, "sha256"), member(source, "path"), member(finding, "rule"),
                    member(finding, "severity"),
                    joined(finding.value("cells", ordered_json::array()), ";"),
                    member(finding, "message")});
  }
  return rows;
}

CorpusRow report_row(const ordered_json& record, long long ordinal,
                     const std::string& record_text) {
  const ordered_json& source = record.at("source");
  const ordered_json& report = record.at("report");
  return {ordinal,
          member(source, "sha256"),
          member(source, "path"),
          member(source, "format"),
          member(report, "agency"),
          member(report, "year"),
          member(report, "template"),
          member(report, "published"),
          corpus_status(record),
          error_codes(record),
          record_text};
}

std::string corpus_status(const ordered_json& record) {
  const bool no_cells = record.value("cells", ordered_json::array()).empty();
  const bool has_errors = !record.value("errors", ordered_json::array()).empty();
  if (no_cells && has_errors) return "unreadable";
  return record.at("validation").value("status", "ok");
}

}  // namespace ogi

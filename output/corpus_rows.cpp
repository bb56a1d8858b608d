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

// The division of `level` in an agency identity (its own division or one of its parents).
const ordered_json* division_at(const ordered_json& identity, const std::string& level) {
  const ordered_json& division = identity.at("division");
  if (division.is_object() && division.value("level", "") == level) return &division;
  for (const ordered_json& parent : identity.at("parents")) {
    if (parent.value("level", "") == level) return &parent;
  }
  return nullptr;
}

CorpusValue identity_member(const ordered_json& report, const char* key) {
  const auto identity = report.find("agency_identity");
  if (identity == report.end() || !identity->is_object()) return {};
  return member(*identity, key);
}

CorpusValue division_name(const ordered_json& report, const char* level) {
  const auto identity = report.find("agency_identity");
  if (identity == report.end() || !identity->is_object()) return {};
  const ordered_json* division = division_at(*identity, level);
  return division ? member(*division, "name") : CorpusValue{};
}

CorpusValue agency_level(const ordered_json& report) {
  const auto identity = report.find("agency_identity");
  if (identity == report.end() || !identity->is_object()) return {};
  const ordered_json& division = identity->at("division");
  return division.is_object() ? member(division, "level") : CorpusValue{};
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
  static const std::vector<std::string> columns = {"ordinal",
                                                   "sha256",
                                                   "path",
                                                   "format",
                                                   "agency",
                                                   "year",
                                                   "template",
                                                   "published",
                                                   "status",
                                                   "errors",
                                                   "report_id",
                                                   "agency_key",
                                                   "agency_level",
                                                   "province",
                                                   "city",
                                                   "county",
                                                   "agency_confidence",
                                                   "record"};
  return columns;
}

const std::vector<std::string>& agency_columns() {
  static const std::vector<std::string> columns = {
      "agency_key", "division_code", "division",    "level",  "province_code", "province",
      "city_code",  "city",          "county_code", "county", "body"};
  return columns;
}

const std::vector<std::string>& report_cell_columns() {
  static const std::vector<std::string> columns = {
      "report_id", "table", "row", "col", "value", "raw", "confidence", "sha256", "path"};
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
          member(report, "report_id"),
          identity_member(report, "key"),
          agency_level(report),
          division_name(report, "province"),
          division_name(report, "city"),
          division_name(report, "county"),
          identity_member(report, "confidence"),
          record_text};
}

CorpusRow agency_row(const ordered_json& identity) {
  CorpusRow row = {member(identity, "key")};
  const ordered_json& division = identity.at("division");
  row.insert(row.end(),
             {member(division, "code"), member(division, "name"), member(division, "level")});
  for (const char* level : {"province", "city", "county"}) {
    const ordered_json* found = division_at(identity, level);
    row.push_back(found ? member(*found, "code") : CorpusValue{});
    row.push_back(found ? member(*found, "name") : CorpusValue{});
  }
  row.push_back(member(identity, "body"));
  return row;
}

CorpusRow report_cell_row(const std::string& report_id, const ordered_json& record,
                          size_t cell_index) {
  const ordered_json& cell = record.at("cells").at(cell_index);
  CorpusRow row = {report_id};
  for (const char* key : {"table", "row", "col", "value", "raw", "confidence"}) {
    row.push_back(member(cell, key));
  }
  row.push_back(member(record.at("source"), "sha256"));
  row.push_back(member(record.at("source"), "path"));
  return row;
}

std::string corpus_status(const ordered_json& record) {
  const bool no_cells = record.value("cells", ordered_json::array()).empty();
  const bool has_errors = !record.value("errors", ordered_json::array()).empty();
  if (no_cells && has_errors) return "unreadable";
  return record.at("validation").value("status", "ok");
}

}  // namespace ogi

#include "output/report_json.h"

#include "output/agency_identity_json.h"

namespace ogi {
namespace {

using nlohmann::ordered_json;

template <typename T>
ordered_json optional_json(const std::optional<T>& value) {
  return value ? ordered_json(*value) : ordered_json(nullptr);
}

// Integers print without a fraction so "value": 12 reads as printed; decimals keep theirs.
ordered_json number_json(const std::optional<double>& value) {
  if (!value) return nullptr;
  const double number = *value;
  if (number == static_cast<double>(static_cast<long long>(number)) && number > -1e15 &&
      number < 1e15) {
    return static_cast<long long>(number);
  }
  return number;
}

ordered_json source_json(const SourceInfo& source) {
  ordered_json json;
  json["path"] = source.path;
  json["sha256"] = source.sha256;
  json["format"] = source.format;
  json["converted_by"] =
      source.converted_by.empty() ? ordered_json(nullptr) : ordered_json(source.converted_by);
  json["pages"] = optional_json(source.pages);
  json["ocr_pages"] = source.ocr_pages;
  json["turned_pages"] = ordered_json::array();
  for (const TurnedPage& turned : source.turned_pages) {
    json["turned_pages"].push_back({{"page", turned.page}, {"degrees", turned.degrees}});
  }
  json["split_sheets"] = ordered_json::array();
  for (const SplitSheet& split : source.split_sheets) {
    json["split_sheets"].push_back(
        {{"sheet", split.sheet}, {"pages", {split.left_page, split.left_page + 1}}});
  }
  return json;
}

ordered_json meta_json(const ReportMeta& meta) {
  ordered_json json;
  json["agency"] = optional_json(meta.agency);
  json["agency_identity"] = agency_identity_json(meta.agency, meta.year);
  json["year"] = optional_json(meta.year);
  json["template"] = optional_json(meta.template_name);
  json["published"] = optional_json(meta.published);
  json["template_expected_by_year"] = optional_json(meta.template_expected_by_year);
  return json;
}

ordered_json cell_json(const CanonicalCell& cell) {
  ordered_json json;
  json["table"] = cell.table;
  json["row"] = cell.row;
  json["col"] = cell.col;
  json["value"] = number_json(cell.value.value);
  json["raw"] = cell.value.raw;
  json["semantic"] = semantic_name(cell.value.semantic);
  json["page"] = optional_json(cell.page);
  if (cell.box) {
    json["bbox"] = {cell.box->x0, cell.box->y0, cell.box->x1, cell.box->y1};
  } else {
    json["bbox"] = nullptr;
  }
  json["confidence"] = cell.confidence;
  if (!cell.value.unit.empty()) json["unit_raw"] = cell.value.unit;
  if (cell.extra) json["extra"] = true;
  return json;
}

ordered_json finding_json(const Finding& finding) {
  ordered_json json;
  json["rule"] = finding.rule;
  json["severity"] = severity_name(finding.severity);
  json["cells"] = finding.cells;
  json["message"] = finding.message;
  json["expected"] = number_json(finding.expected);
  json["actual"] = number_json(finding.actual);
  return json;
}

}  // namespace

ordered_json report_to_json(const Report& report) {
  ordered_json json;
  json["schema_version"] = kSchemaVersion;
  json["source"] = source_json(report.source);
  json["report"] = meta_json(report.meta);
  json["sections"] = ordered_json::array();
  for (const Section& section : report.sections) {
    json["sections"].push_back(
        {{"key", section.key}, {"title", section.title}, {"text", section.text}});
  }
  json["cells"] = ordered_json::array();
  for (const CanonicalCell& cell : report.cells) json["cells"].push_back(cell_json(cell));
  json["validation"]["status"] = report.status();
  json["validation"]["findings"] = ordered_json::array();
  for (const Finding& finding : report.findings) {
    json["validation"]["findings"].push_back(finding_json(finding));
  }
  json["errors"] = ordered_json::array();
  for (const ExtractIssue& error : report.errors) {
    json["errors"].push_back({{"code", error.code}, {"message", error.message}});
  }
  return json;
}

}  // namespace ogi

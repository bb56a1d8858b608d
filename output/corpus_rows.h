#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "output/corpus_value.h"

namespace ogi {

// The corpus tables (output.md, "Corpus (batch) outputs"), as rows taken from one record.
// cells.csv / findings.csv and the SQLite tables of the same names share these columns.

// A JSON scalar as a typed value (a boolean as 0 or 1); arrays, objects and null as NULL.
CorpusValue corpus_value_of(const nlohmann::ordered_json& json);

const std::vector<std::string>& cell_columns();
const std::vector<std::string>& finding_columns();
// ordinal (input order), identity and status of each report, and the record itself as JSON.
const std::vector<std::string>& report_columns();

std::vector<CorpusRow> cell_rows(const nlohmann::ordered_json& record);
std::vector<CorpusRow> finding_rows(const nlohmann::ordered_json& record);
CorpusRow report_row(const nlohmann::ordered_json& record, long long ordinal,
                     const std::string& record_text);

// "unreadable" when nothing of the file could be read (errors and no cells), else the record's
// validation status (ok | warning | error).
std::string corpus_status(const nlohmann::ordered_json& record);

}  // namespace ogi

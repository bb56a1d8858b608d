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

// One row per agency identity key (corpus.sqlite's agencies): the division, its province, city
// and county (NULL where the division has none), the body.
const std::vector<std::string>& agency_columns();
// The cells of one report (report_id) as the corpus keeps them: of the files publishing it, the
// one read with the best confidence (validate/corpus/report_groups.h), and that file.
const std::vector<std::string>& report_cell_columns();

std::vector<CorpusRow> cell_rows(const nlohmann::ordered_json& record);
std::vector<CorpusRow> finding_rows(const nlohmann::ordered_json& record);
CorpusRow report_row(const nlohmann::ordered_json& record, long long ordinal,
                     const std::string& record_text);

// `identity` is a linked report.agency_identity of a record.
CorpusRow agency_row(const nlohmann::ordered_json& identity);
CorpusRow report_cell_row(const std::string& report_id, const nlohmann::ordered_json& record,
                          size_t cell_index);

// "unreadable" when nothing of the file could be read (errors and no cells), else the record's
// validation status (ok | warning | error).
std::string corpus_status(const nlohmann::ordered_json& record);

}  // namespace ogi

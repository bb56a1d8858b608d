#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <vector>

#include "model/report.h"
#include "validate/corpus/corpus_checks.h"

namespace ogi {

// The files of a corpus that publish one report (a PDF attachment, a web page and a DOCX of one
// agency's year): for each input, the index of the first input of its report. Inputs with the
// same agency key (ReportDigest::agency) and year are one report, and so are inputs with the
// same bytes; an input without agency or year is a report of its own.
std::vector<size_t> report_groups(const std::vector<ReportDigest>& reports);

// One report's files compared cell by cell: what each file's record gets, and which file's cell
// the report keeps.
struct PublicationComparison {
  // PUB-1 (warning) on a file whose number differs from the report's, naming both files and
  // both values; one list per record.
  std::vector<std::vector<Finding>> findings;
  // (record, cell index) of each official cell the report keeps, in the first record's cell
  // order and then the cells only later records have: of the files holding a number there,
  // the one read with the best confidence (the earlier file on a tie).
  std::vector<std::pair<size_t, size_t>> kept_cells;
};

// `records` are the report's distinct files (corpus records, output.md), in input order.
PublicationComparison compare_publications(const std::vector<nlohmann::ordered_json>& records);

}  // namespace ogi

#pragma once

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "model/report.h"
#include "template/template_keys.h"
#include "tests/support/validate_report_builder.h"

namespace ogi::testing {

// A Report holding the values of a truth JSON (dev/truth/*.json, seeds/truth/*.json): each truth
// cell NUMERIC or ZERO, and each canonical cell the truth does not list (a table not printed)
// EMPTY, as an extractor would give them. No sections: tests add the text they need.
inline Report load_truth_report(const std::filesystem::path& path) {
  std::ifstream stream(path);
  nlohmann::json truth = nlohmann::json::parse(stream);
  Report report;
  report.source.path = path.string();
  report.meta.template_name = truth.at("template").get<std::string>();
  if (truth.contains("agency") && truth["agency"].is_string()) {
    report.meta.agency = truth["agency"].get<std::string>();
  }
  if (truth.contains("year") && truth["year"].is_number())
    report.meta.year = truth["year"].get<int>();
  for (const char* table : {"t2", "t3", "t4"}) {
    for (const std::string& key : canonical_keys(table, *report.meta.template_name)) {
      report.cells.push_back(make_cell(key, blank_value(Semantic::kEmpty)));
    }
  }
  for (const nlohmann::json& cell : truth.at("cells")) {
    std::string key = cell.at("table").get<std::string>() + "." +
                      cell.at("row").get<std::string>() + "." + cell.at("col").get<std::string>();
    if (!cell.at("value").is_number()) continue;
    set_number(report, key, cell.at("value").get<double>());
  }
  return report;
}

}  // namespace ogi::testing

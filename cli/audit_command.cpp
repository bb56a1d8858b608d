// `ogi audit FILE... -o DIR`: a page per report for a person to check the values against their
// source, and an index of them (cli/audit_folder.h).
#include <iostream>
#include <nlohmann/json.hpp>

#include "cli/audit_folder.h"
#include "cli/commands.h"
#include "output/corpus_rows.h"
#include "output/report_json.h"
#include "pipeline/pipeline.h"

namespace ogi {

int run_audit(const AuditOptions& options) {
  int exit_code = kExitOk;
  try {
    AuditFolder folder(options.out_dir);
    long long ordinal = 0;
    for (const std::string& file : options.files) {
      const nlohmann::ordered_json record = report_to_json(process_file(file).report);
      if (corpus_status(record) == "unreadable") {
        for (const auto& error : record["errors"]) {
          std::cerr << "ogi: " << record["source"].value("path", "") << ": "
                    << error.value("code", "") << ": " << error.value("message", "") << "\n";
        }
        exit_code = kExitUnreadable;
      }
      folder.add(++ordinal, record);
    }
    folder.finish();
  } catch (const std::exception& error) {
    std::cerr << "ogi: " << error.what() << "\n";
    return kExitFailure;
  }
  return exit_code;
}

}  // namespace ogi

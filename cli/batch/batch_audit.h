#pragma once

#include <filesystem>

#include "cli/batch/batch_manifest.h"

namespace ogi {

// `--audit` of `ogi batch` and `ogi merge`: DIR/audit/ (cli/audit_folder.h) for the finished
// corpus in `out_dir`, from its reports.jsonl (with the findings across reports), each page
// numbered as its input in `manifest`. A value's picture is cut from the file at its record's
// source.path when that can be read here; else its page shows the text read and says why.
void write_batch_audit(const std::filesystem::path& out_dir, const Manifest& manifest);

}  // namespace ogi

#include "pipeline/pipeline.h"

#include <exception>
#include <utility>

#include "extractors/extract_error.h"
#include "extractors/extractor.h"
#include "extractors/input_file.h"
#include "layout/mapping/report_builder.h"
#include "layout/structure/structure_rebuild.h"
#include "model/path_text.h"
#include "normalize/document_normalize.h"
#include "pipeline/file_digest.h"
#include "pipeline/ocr_page_findings.h"
#include "pipeline/ocr_reread.h"
#include "validate/validator.h"

namespace ogi {
namespace {

void prepare_document(Document& document) {
  normalize_document(document);
  rebuild_structure(document);
}

Report map_document(const Document& document) {
  Report report = build_report(document);
  report.source.format = document.format;
  report.source.converted_by = document.converted_by;
  if (!document.pages.empty()) report.source.pages = static_cast<int>(document.pages.size());
  report.source.ocr_pages = document.ocr_pages;
  for (const Page& page : document.pages) {
    if (page.turned != 0) report.source.turned_pages.push_back({page.number, page.turned});
  }
  report.source.split_sheets = document.split_sheets;
  for (Finding& finding : ocr_page_findings(document))
    report.findings.push_back(std::move(finding));
  return report;
}

Report run_stages(const std::string& path) {
  Report report = map_document(read_document(path));
  if (report.cells.empty()) return report;
  std::vector<Finding> checks = validate_report(report);
  if (!report.source.ocr_pages.empty()) {
    std::vector<Finding> rereads = reread_doubted_cells(path, report, checks);
    if (!rereads.empty()) {
      checks = validate_report(report);
      for (Finding& finding : rereads) checks.push_back(std::move(finding));
    }
  }
  for (Finding& finding : checks) report.findings.push_back(std::move(finding));
  return report;
}

}  // namespace

Document read_document(const std::string& path) {
  Document document = extract_document(path);
  prepare_document(document);
  return document;
}

Report process_extracted(Document document) {
  prepare_document(document);
  Report report = map_document(document);
  if (report.cells.empty()) return report;
  for (Finding& finding : validate_report(report)) report.findings.push_back(std::move(finding));
  return report;
}

ProcessedFile process_file(const std::string& path, const std::string& sha256) {
  ProcessedFile result;
  std::string digest = sha256;
  try {
    // First the input's checks, which refuse FIFOs, devices, directories and files over
    // kMaxInputBytes without reading them; then the hash, bounded by those checks.
    const InputFile input(path);
    if (digest.empty()) digest = file_sha256(input);
    result.report = run_stages(path);
  } catch (const ExtractError& error) {
    result.report = Report{};
    result.report.errors.push_back({error.code(), error.what()});
  } catch (const std::exception& error) {
    result.report = Report{};
    result.report.errors.push_back({"internal_error", error.what()});
  }
  result.report.source.path = path_text(path);
  result.report.source.sha256 = digest;
  // Only a file no backend read needs its format found again (a DOCX is unzipped once).
  if (result.report.source.format.empty()) result.report.source.format = detect_format(path);
  result.unreadable = result.report.cells.empty() && !result.report.errors.empty();
  return result;
}

}  // namespace ogi

#include "pipeline/ocr_page_findings.h"

#include <string>
#include <utility>

namespace ogi {

std::vector<Finding> ocr_page_findings(const Document& document) {
  // Reasons in the order their first page comes, each with its pages.
  std::vector<std::pair<std::string, std::vector<int>>> reasons;
  for (const Page& page : document.pages) {
    if (!page.from_ocr || page.ocr_reason.empty()) continue;
    auto found = reasons.begin();
    while (found != reasons.end() && found->first != page.ocr_reason) ++found;
    if (found == reasons.end()) found = reasons.insert(found, {page.ocr_reason, {}});
    found->second.push_back(page.number);
  }
  std::vector<Finding> findings;
  for (const auto& [reason, pages] : reasons) {
    std::string names;
    for (int number : pages) names += (names.empty() ? "" : "、") + std::to_string(number);
    findings.push_back({"OCR-3",
                        Severity::kInfo,
                        {},
                        "第" + names + "页" + reason + "，已由OCR识别",
                        std::nullopt,
                        std::nullopt});
  }
  return findings;
}

}  // namespace ogi

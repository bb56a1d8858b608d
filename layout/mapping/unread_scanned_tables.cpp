#include "layout/mapping/unread_scanned_tables.h"

#include <map>
#include <set>

#include "layout/scanned_page.h"
#include "template/display_labels.h"
#include "template/template_markers.h"

namespace ogi {
namespace {

// The first marker of `markers` a paragraph prints, or nullptr.
const std::string* printed_marker(const std::string& text, const TableMarkers& markers) {
  for (const std::string& marker : markers.any_of) {
    if (text.find(marker) != std::string::npos) return &marker;
  }
  return nullptr;
}

struct PrintedLabels {
  std::set<int> pages;  // 1-based
  std::string first_label;
};

std::string page_list(const std::set<int>& pages) {
  std::string text;
  for (const int page : pages) {
    if (!text.empty()) text += "、";
    text += std::to_string(page);
  }
  return text;
}

}  // namespace

void add_unread_scanned_table_findings(const Document& document, Report& report) {
  std::set<std::string> found_tables;
  for (const CanonicalCell& cell : report.cells) {
    if (cell.found) found_tables.insert(cell.table);
  }
  std::map<std::string, PrintedLabels> unread;
  for (const Block& block : document.body) {
    if (block.kind != BlockKind::kParagraph) continue;
    const Paragraph& paragraph = document.paragraphs[block.index];
    if (!on_scanned_page(document, paragraph.page)) continue;
    for (const TableMarkers& markers : table_presence_markers()) {
      if (found_tables.contains(markers.table)) continue;
      const std::string* marker = printed_marker(paragraph.text, markers);
      if (marker == nullptr) continue;
      PrintedLabels& labels = unread[markers.table];
      if (labels.pages.empty()) labels.first_label = *marker;
      labels.pages.insert(paragraph.page + 1);
    }
  }
  for (const auto& [table, labels] : unread) {
    report.findings.push_back({"MAP-5",
                               Severity::kWarning,
                               {},
                               "第" + page_list(labels.pages) + "页为扫描页，印有" +
                                   table_label(table) + "的标签（“" + labels.first_label +
                                   "”），但未找到表格线，按文字对齐也未能重建该表：" +
                                   table_label(table) + "的数值未读取，请对照原件",
                               std::nullopt,
                               std::nullopt});
  }
}

}  // namespace ogi

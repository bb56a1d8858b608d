#include "output/cell_marks.h"

#include "model/cell_key.h"
#include "model/report.h"
#include "template/display_labels.h"

namespace ogi {
namespace {

using nlohmann::ordered_json;

void add_line(std::string& note, const std::string& line) {
  if (!note.empty()) note += '\n';
  note += line;
}

std::string severity_label(const std::string& severity) {
  return severity == "error" ? "错误" : "警告";
}

}  // namespace

std::map<std::string, CellMark> cell_marks(const ordered_json& record) {
  std::map<std::string, CellMark> marks;
  for (const ordered_json& cell : record.value("cells", ordered_json::array())) {
    const ordered_json confidence = cell.value("confidence", ordered_json());
    if (!confidence.is_number() || confidence.get<double>() >= kConfidentReading) continue;
    CellMark& mark =
        marks[cell_key_text(cell.value("table", ""), cell.value("row", ""), cell.value("col", ""))];
    mark.low_confidence = true;
    add_line(mark.note, "置信度 " + format_number(confidence.get<double>()));
  }
  const ordered_json validation = record.value("validation", ordered_json::object());
  for (const ordered_json& finding : validation.value("findings", ordered_json::array())) {
    const std::string severity = finding.value("severity", "");
    if (severity != "error" && severity != "warning") continue;
    const std::string line = finding.value("rule", "") + " " + severity_label(severity) + "：" +
                             finding.value("message", "");
    for (const ordered_json& key : finding.value("cells", ordered_json::array())) {
      if (!key.is_string()) continue;
      CellMark& mark = marks[key.get<std::string>()];
      mark.flagged = true;
      add_line(mark.note, line);
    }
  }
  return marks;
}

}  // namespace ogi

#include "output/audit_page.h"

#include <set>
#include <utility>
#include <vector>

#include "model/cell_key.h"
#include "model/report.h"
#include "output/audit_tables.h"
#include "output/cell_marks.h"
#include "output/corpus_rows.h"
#include "output/html_text.h"
#include "template/display_labels.h"
#include "template/template_keys.h"

namespace ogi {
namespace {

using nlohmann::ordered_json;

// Below this a reading is shown as doubtful rather than merely unconfirmed.
constexpr double kDoubtfulReading = 0.6;

constexpr const char* kStyle = R"(
body{font-family:sans-serif;margin:1em 2em;color:#222}
table{border-collapse:collapse;margin:.5em 0}
th,td{border:1px solid #999;padding:2px 6px;font-size:13px}
th{background:#eee;font-weight:normal}
table.meta th{text-align:left}
td.v{text-align:right;cursor:pointer;min-width:2.5em}
td.c-hi{background:#e6f4e6}td.c-mid{background:#fff3b0}td.c-lo{background:#ffc9a8}
td.c-none{background:#f4f4f4}td.missing{background:#fff}
td.flagged{outline:2px solid #d00;outline-offset:-2px}
td.flagged .mark{color:#d00;font-weight:bold;margin-left:3px}
td.selected{box-shadow:inset 0 0 0 3px #06c}
#source{position:fixed;right:1em;top:1em;width:34em;max-height:90vh;overflow:auto;
background:#fff;border:2px solid #06c;padding:.5em;box-shadow:0 2px 8px #888}
#source img{max-width:100%;display:block}
#source pre{white-space:pre-wrap;background:#f7f7f7;padding:.5em}
.legend span{padding:1px 6px;margin-right:6px;border:1px solid #999}
li.error{color:#b00}li.warning{color:#a60}
p.note{background:#fff3b0;border:1px solid #a60;padding:.4em}
)";

// One delegated listener for every value: thousands of cells, no handler each. `#show=KEY` in the
// URL (the findings' links) shows that value's source.
constexpr const char* kScript = R"(
(function () {
  var panel = document.getElementById('source');
  var selected = null;
  function show(cell) {
    if (selected) selected.classList.remove('selected');
    selected = cell;
    cell.classList.add('selected');
    document.getElementById('source-key').textContent =
        cell.dataset.label + ' (' + cell.dataset.key + ')';
    document.getElementById('source-note').textContent = cell.title || '';
    document.getElementById('source-where').textContent = cell.dataset.where || '';
    var image = document.getElementById('source-img');
    var text = document.getElementById('source-text');
    if (cell.dataset.crop) {
      image.src = cell.dataset.crop;
      text.textContent = '';
    } else {
      image.removeAttribute('src');
      text.textContent = 'raw' in cell.dataset ? cell.dataset.raw : '(无来源单元格)';
    }
    image.hidden = !cell.dataset.crop;
    text.hidden = !!cell.dataset.crop;
    panel.hidden = false;
  }
  document.addEventListener('click', function (event) {
    if (event.target.id === 'source-close') { panel.hidden = true; return; }
    var cell = event.target.closest('td.v');
    if (cell) show(cell);
  });
  function showFromHash() {
    var match = /^#show=(.+)$/.exec(location.hash);
    if (!match) return;
    var cell = document.getElementById(decodeURIComponent(match[1]));
    if (cell && cell.classList.contains('v')) show(cell);
  }
  window.addEventListener('hashchange', showFromHash);
  showFromHash();
})();
)";
void meta_row(std::ostream& out, const std::string& label, const std::string& value) {
  out << "<tr><th>" << html_escaped(label) << "</th><td class=\"m\">" << html_escaped(value)
      << "</td></tr>\n";
}

void write_metadata(std::ostream& out, const ordered_json& record) {
  const ordered_json report = record.value("report", ordered_json::object());
  const ordered_json source = record.value("source", ordered_json::object());
  out << "<h2>报告</h2>\n<table class=\"meta\" id=\"report\">\n";
  for (const auto& [key, label] : std::vector<std::pair<std::string, std::string>>{
           {"agency", "机关"},
           {"year", "年度"},
           {"template", "模板"},
           {"published", "发布日期"},
           {"template_expected_by_year", "按年度应用模板"}}) {
    meta_row(out, label, shown_text(report.value(key, ordered_json())));
  }
  meta_row(out, "校验结果", corpus_status(record));
  out << "</table>\n<h2>来源</h2>\n<table class=\"meta\" id=\"provenance\">\n";
  for (auto it = source.begin(); it != source.end(); ++it) meta_row(out, it.key(), shown_text(*it));
  out << "</table>\n";
  const ordered_json errors = record.value("errors", ordered_json::array());
  if (errors.empty()) return;
  out << "<h2>读取错误</h2>\n<ul id=\"errors\">\n";
  for (const ordered_json& error : errors) {
    out << "<li>" << html_escaped(error.value("code", "")) << ": "
        << html_escaped(error.value("message", "")) << "</li>\n";
  }
  out << "</ul>\n";
}

void write_unreadable_source_note(std::ostream& out, const ordered_json& record) {
  const std::string path =
      shown_text(record.value("source", ordered_json::object()).value("path", ordered_json()));
  out << "<p class=\"note\" id=\"source-missing\">来源文件 " << html_escaped(path)
      << " 在生成本页时无法打开、已不是读取时的文件或无法绘制：点击数值只显示读出的文本，没有页面截"
         "图。</p>\n";
}

void write_findings(std::ostream& out, const ordered_json& record) {
  const ordered_json findings =
      record.value("validation", ordered_json::object()).value("findings", ordered_json::array());
  out << "<h2>校验发现（" << findings.size() << " 条）</h2>\n<ul id=\"findings\">\n";
  for (const ordered_json& finding : findings) {
    const std::string severity = finding.value("severity", "");
    out << "<li class=\"" << html_escaped(severity) << "\"><b>"
        << html_escaped(finding.value("rule", "")) << "</b> " << html_escaped(severity) << " "
        << html_escaped(finding.value("message", ""));
    for (const ordered_json& key : finding.value("cells", ordered_json::array())) {
      if (!key.is_string()) continue;
      out << " <a href=\"#show=" << html_escaped(key.get<std::string>()) << "\">"
          << html_escaped(cell_label(key.get<std::string>())) << "</a>";
    }
    out << "</li>\n";
  }
  out << "</ul>\n";
}

// Writes the value cells of one record.
class ValueCells {
 public:
  ValueCells(const ordered_json& record, const std::map<std::string, std::string>& crop_urls)
      : marks_(cell_marks(record)),
        crop_urls_(crop_urls),
        cell_list_(record.value("cells", ordered_json::array())) {
    for (const ordered_json& cell : cell_list_) {
      cells_.emplace(
          cell_key_text(cell.value("table", ""), cell.value("row", ""), cell.value("col", "")),
          &cell);
    }
  }

  void write(std::ostream& out, const std::string& key, int colspan) {
    written_.insert(key);
    out << "<td id=\"" << html_escaped(key) << "\" data-key=\"" << html_escaped(key)
        << "\" data-label=\"" << html_escaped(cell_label(key)) << '"';
    if (colspan > 1) out << " colspan=\"" << colspan << '"';
    const auto found = cells_.find(key);
    if (found == cells_.end()) {
      out << " class=\"v missing\"></td>";
      return;
    }
    const ordered_json& cell = *found->second;
    const auto mark = marks_.find(key);
    out << " class=\"v " << confidence_class(cell.value("confidence", ordered_json()))
        << (mark != marks_.end() && mark->second.flagged ? " flagged" : "") << '"';
    if (mark != marks_.end()) out << " title=\"" << html_escaped(mark->second.note) << '"';
    out << " data-raw=\"" << html_escaped(shown_text(cell.value("raw", ordered_json()))) << '"';
    out << " data-where=\"" << html_escaped(where(cell)) << '"';
    const auto crop = crop_urls_.find(key);
    if (crop != crop_urls_.end()) out << " data-crop=\"" << html_escaped(crop->second) << '"';
    const ordered_json value = cell.value("value", ordered_json());
    out << '>'
        << html_escaped(value.is_null() ? shown_text(cell.value("raw", ordered_json()))
                                        : shown_text(value));
    if (mark != marks_.end() && mark->second.flagged) out << "<span class=\"mark\">⚑</span>";
    out << "</td>";
  }

  // The record's cells the template's tables have no place for (subtotals a report adds).
  std::vector<std::string> unwritten() const {
    std::vector<std::string> keys;
    for (const auto& [key, cell] : cells_) {
      if (!written_.count(key)) keys.push_back(key);
    }
    return keys;
  }

 private:
  static std::string where(const ordered_json& cell) {
    std::string text = "semantic " + shown_text(cell.value("semantic", ordered_json()));
    const ordered_json page = cell.value("page", ordered_json());
    if (!page.is_null()) text += ", 第 " + shown_text(page) + " 页";
    const ordered_json bbox = cell.value("bbox", ordered_json());
    if (bbox.is_array()) text += ", bbox " + bbox.dump();
    return text + ", confidence " + shown_text(cell.value("confidence", ordered_json()));
  }

  std::map<std::string, CellMark> marks_;
  const std::map<std::string, std::string>& crop_urls_;
  const ordered_json cell_list_;
  std::map<std::string, const ordered_json*> cells_;  // into cell_list_, by key
  std::set<std::string> written_;
};

void write_other_cells(std::ostream& out, ValueCells& values) {
  const std::vector<std::string> keys = values.unwritten();
  if (keys.empty()) return;
  out << "<h2>模板外单元格</h2>\n<table class=\"grid\" id=\"extra\">\n";
  for (const std::string& key : keys) {
    const CellKey parts = CellKey::parse(key);
    out << "<tr><th>" << html_escaped(table_label(parts.table)) << "</th><th>"
        << html_escaped(cell_label(key)) << "</th>";
    values.write(out, key, 1);
    out << "</tr>\n";
  }
  out << "</table>\n";
}

void write_legend(std::ostream& out) {
  out << "<p class=\"legend\">置信度: <span class=\"c-hi\" style=\"background:#e6f4e6\">≥ "
         "0.9</span>"
         "<span style=\"background:#fff3b0\">0.6–0.9</span>"
         "<span style=\"background:#ffc9a8\">&lt; 0.6</span>"
         "<span style=\"outline:2px solid #d00\">⚑ 校验发现</span> 点击数值查看来源</p>\n";
}

}  // namespace

std::string shown_text(const ordered_json& value) {
  if (value.is_null()) return "";
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number()) return format_number(value.get<double>());
  return value.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

std::string confidence_class(const ordered_json& confidence) {
  if (!confidence.is_number()) return "c-none";
  const double level = confidence.get<double>();
  if (level >= kConfidentReading) return "c-hi";
  return level >= kDoubtfulReading ? "c-mid" : "c-lo";
}

void write_audit_page(std::ostream& out, const ordered_json& record,
                      const std::map<std::string, std::string>& crop_urls, bool source_unreadable) {
  const ordered_json report = record.value("report", ordered_json::object());
  const std::string title = shown_text(report.value("agency", ordered_json())) + " " +
                            shown_text(report.value("year", ordered_json()));
  out << "<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n<title>"
      << html_escaped(title) << "</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n<h1>"
      << html_escaped(title) << "</h1>\n";
  write_metadata(out, record);
  if (source_unreadable) write_unreadable_source_note(out, record);
  write_findings(out, record);
  write_legend(out);
  ValueCells values(record, crop_urls);
  const TemplateSchema& schema =
      template_or_current(shown_text(report.value("template", ordered_json())));
  write_template_tables(out, schema,
                        [&](std::ostream& stream, const std::string& key, int colspan) {
                          values.write(stream, key, colspan);
                        });
  write_other_cells(out, values);
  out << "<aside id=\"source\" hidden><button id=\"source-close\">×</button><h3 "
         "id=\"source-key\"></h3><p id=\"source-note\"></p><p id=\"source-where\"></p><img "
         "id=\"source-img\" alt=\"\" hidden><pre id=\"source-text\" hidden></pre></aside>\n<script>"
      << kScript << "</script>\n</body>\n</html>\n";
}

}  // namespace ogi

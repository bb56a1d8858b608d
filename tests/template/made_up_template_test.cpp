// A third template version added as data only (register_template), with no code change in layout
// or validate: a renamed 表二 column (本年印发件数), an extra 表三 row (申请人撤回申请, under
// 无法提供) and a marker only it prints. Detection, mapping (of tables and of text dumps) and the
// identities must all follow.
#include <gtest/gtest.h>

#include <map>

#include "model/report.h"
#include "pipeline/pipeline.h"
#include "template/template_detect.h"
#include "template/template_schema.h"
#include "tests/support/scratch_dir.h"

namespace ogi {
namespace {

TemplateSchema made_up_2031() {
  TemplateSchema schema = template_2021();
  schema.name = "2031";
  schema.first_year = 2031;
  schema.current = false;
  schema.markers = {{"本年印发件数"}};
  for (LabelledKey& column : schema.t2_columns) {
    if (column.key == "issued") column.labels = {"本年印发件数"};
  }
  auto unclear =
      std::find_if(schema.t3_rows.begin(), schema.t3_rows.end(),
                   [](const Table3RowSpec& row) { return row.row.key == "unable.unclear"; });
  schema.t3_rows.insert(unclear + 1, {{"unable.withdrawn", {"申请人撤回申请"}}, "unable"});
  return schema;
}

// Registers the made-up template for one test, so the others see only the national ones.
class ScopedTemplate {
 public:
  explicit ScopedTemplate(TemplateSchema schema) : name_(schema.name) {
    register_template(std::move(schema));
  }
  ~ScopedTemplate() { unregister_template(name_); }
  ScopedTemplate(const ScopedTemplate&) = delete;
  ScopedTemplate& operator=(const ScopedTemplate&) = delete;

 private:
  std::string name_;
};

std::string row_html(const std::vector<std::string>& cells) {
  std::string html = "<tr>";
  for (const std::string& cell : cells) html += "<td>" + cell + "</td>";
  return html + "</tr>\n";
}

// 表二's 第二十条第(一)项 block, printed with the renamed column.
std::string table2_html() {
  return "<table>\n" + row_html({"第二十条第(一)项"}) +
         row_html({"信息内容", "本年印发件数", "本年废止件数", "现行有效件数"}) +
         row_html({"规章", "1", "0", "5"}) + row_html({"行政规范性文件", "2", "1", "7"}) +
         "</table>\n";
}

// 表三 with every row of the template, 自然人 and 总计 carrying `natural` (the rest 0).
std::string table3_html(const TemplateSchema& schema, const std::map<std::string, int>& natural) {
  std::vector<std::string> header = {"申请人情况"};
  for (const LabelledKey& column : schema.t3_columns) header.push_back(column.labels.front());
  std::string html = "<table>\n" + row_html(header);
  for (const Table3RowSpec& spec : schema.t3_rows) {
    const auto found = natural.find(spec.row.key);
    const std::string value = std::to_string(found == natural.end() ? 0 : found->second);
    html += row_html({spec.row.labels.front(), value, "0", "0", "0", "0", "0", value});
  }
  return html + "</table>\n";
}

std::string table4_html() {
  return "<table>\n" + row_html({"", "行政复议", "", "", "", ""}) +
         row_html({"", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"}) +
         row_html({"", "0", "0", "0", "0", "0"}) + "</table>\n";
}

std::string report_html(const TemplateSchema& schema, const std::map<std::string, int>& natural) {
  return "<html><head><meta charset=\"utf-8\"></head><body>\n"
         "<p>某市某局政府信息公开工作年度报告</p>\n" +
         table2_html() + table3_html(schema, natural) + table4_html() + "</body></html>\n";
}

std::vector<const Finding*> findings_of(const Report& report, const std::string& rule) {
  std::vector<const Finding*> found;
  for (const Finding& finding : report.findings) {
    if (finding.rule == rule) found.push_back(&finding);
  }
  return found;
}

double number_at(const Report& report, const std::string& key) {
  const CanonicalCell* cell = report.find_cell(key);
  return cell && cell->value.value ? *cell->value.value : -1;
}

// Three requests from persons: one granted, two withdrawn, all decided within the year.
const std::map<std::string, int> kBalanced = {
    {"new", 3}, {"granted", 1}, {"unable.withdrawn", 2}, {"total", 3}};

TEST(MadeUpTemplate, DetectedByTheMarkerOnlyItPrints) {
  const ScopedTemplate added(made_up_2031());
  const TemplateDecision decision = detect_template("信息内容本年印发件数本年废止件数", 2031);
  EXPECT_EQ(decision.name, "2031");
  EXPECT_EQ(decision.basis, "本年印发件数");
  EXPECT_EQ(detect_template("信息内容本年制发件数", std::nullopt).name, "2021");
}

TEST(MadeUpTemplate, ValuesLandOnItsKeysAndItsIdentitiesHold) {
  const ScopedTemplate added(made_up_2031());
  const testing::ScratchDir scratch;
  const TemplateSchema& schema = *template_by_name("2031");
  const Report report =
      process_file(scratch.file("made_up.html", report_html(schema, kBalanced))).report;

  EXPECT_EQ(report.meta.template_name, "2031");
  EXPECT_EQ(number_at(report, "t2.art20_1.normative_documents.issued"), 2);
  EXPECT_EQ(number_at(report, "t3.unable.withdrawn.natural_person"), 2);
  EXPECT_EQ(number_at(report, "t3.unable.withdrawn.total"), 2);
  const CanonicalCell* withdrawn = report.find_cell("t3.unable.withdrawn.total");
  ASSERT_NE(withdrawn, nullptr);
  EXPECT_FALSE(withdrawn->extra) << "an official row of the made-up template";
  for (const char* rule : {"T3-1", "T3-2", "T3-3", "T3-8"}) {
    EXPECT_TRUE(findings_of(report, rule).empty()) << rule;
  }
}

TEST(MadeUpTemplate, ABrokenIdentityNamesItsExtraRow) {
  const ScopedTemplate added(made_up_2031());
  const testing::ScratchDir scratch;
  std::map<std::string, int> broken = kBalanced;
  broken["unable.withdrawn"] = 5;  // 1 + 5 outcomes, yet 总计 3
  const Report report =
      process_file(scratch.file("made_up.html", report_html(*template_by_name("2031"), broken)))
          .report;

  const std::vector<const Finding*> outcomes = findings_of(report, "T3-2");
  ASSERT_EQ(outcomes.size(), 2u);  // the 自然人 and the 总计 column
  const Finding& finding = *outcomes.front();
  EXPECT_EQ(finding.severity, Severity::kError);
  EXPECT_NE(
      std::find(finding.cells.begin(), finding.cells.end(), "t3.unable.withdrawn.natural_person"),
      finding.cells.end());
  EXPECT_NE(finding.message.find("申请人撤回申请 5"), std::string::npos) << finding.message;
  EXPECT_EQ(finding.expected, 6);
  EXPECT_EQ(finding.actual, 3);
}

// A plain-text dump: its 表二 is rebuilt from lines by a vocabulary read off the registry, so
// the renamed column heads a column there too.
TEST(MadeUpTemplate, ATextDumpReadsItsRenamedColumn) {
  const ScopedTemplate added(made_up_2031());
  const testing::ScratchDir scratch;
  const Report report =
      process_file(scratch.file("made_up.txt",
                                "某市某局2031年政府信息公开工作年度报告\n"
                                "二、主动公开政府信息情况\n第二十条第（一）项\n"
                                "信息内容 本年印发件数 本年废止件数 现行有效件数\n"
                                "规章 1 0 5\n行政规范性文件 2 1 7\n"))
          .report;

  EXPECT_EQ(report.meta.template_name, "2031");
  EXPECT_EQ(number_at(report, "t2.art20_1.rules.in_force"), 5);
  EXPECT_EQ(number_at(report, "t2.art20_1.normative_documents.issued"), 2);
  EXPECT_EQ(number_at(report, "t2.art20_1.normative_documents.repealed"), 1);
}

}  // namespace
}  // namespace ogi

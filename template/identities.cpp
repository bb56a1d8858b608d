#include "template/identities.h"

namespace ogi {
namespace {

const std::vector<std::string> kDocumentRows = {"art20_1.rules", "art20_1.normative_documents"};
const std::string kPerColumn = "{table} {line}列";
const std::string kPerRow = "{table} {line}行";
const std::string kPerRowUnnamed = "{table} {line}";

TermSpec listed(std::vector<std::string> keys) {
  TermSpec spec;
  spec.keys = std::move(keys);
  return spec;
}

TermSpec of_set(TermSet set) {
  TermSpec spec;
  spec.set = set;
  return spec;
}

TemplateRule identity(std::string rule, std::string table, Repeat repeat, TermSpec left,
                      TermSpec right, std::string scope) {
  TemplateRule spec;
  spec.rule = std::move(rule);
  spec.table = std::move(table);
  spec.repeat = repeat;
  spec.left = std::move(left);
  spec.right = std::move(right);
  spec.scope = std::move(scope);
  return spec;
}

TemplateRule count_rule(std::string rule, std::string table) {
  TemplateRule spec;
  spec.rule = std::move(rule);
  spec.kind = RuleKind::kCountCells;
  spec.table = std::move(table);
  return spec;
}

// Σ left ≤ Σ right within the 表二 document rows: a plausibility warning, "/" counting as blank.
TemplateRule document_bound(std::string rule, std::string template_name, TermSpec left,
                            TermSpec right) {
  TemplateRule spec = identity(std::move(rule), "t2", Repeat::kRows, std::move(left),
                               std::move(right), kPerRowUnnamed);
  spec.severity = Severity::kWarning;
  spec.templates = {std::move(template_name)};
  spec.lines = kDocumentRows;
  spec.relation = Relation::kAtMost;
  spec.na_means_absent = true;
  return spec;
}

std::vector<TemplateRule> table2_rules() {
  TemplateRule counts = count_rule("T2-2", "t2");
  counts.templates = {"2021"};
  counts.decimal_keys = {"t2.art20_8.administrative_fees.amount_10k_yuan"};
  return {
      counts,
      // No more documents repealed than were in force or issued.
      document_bound("T2-2", "2021", listed({"repealed"}), listed({"in_force", "issued"})),
      // 对外公开总数量 is cumulative, so it holds at least this year's 本年新公开数量.
      document_bound("T2-4", "2019", listed({"new_published"}), listed({"total_published"})),
  };
}

std::vector<TemplateRule> table3_rules() {
  // T3-2: （七）总计 = Σ outcome leaf rows.
  TemplateRule outcomes = identity("T3-2", "t3", Repeat::kColumns, of_set(TermSet::kOutcomeRows),
                                   listed({"total"}), kPerColumn);
  outcomes.left_name = "办理结果各项";
  // T3-4: an extra 小计 column or subtotal row equals what it subtotals.
  TemplateRule org_subtotal = identity("T3-4", "t3", Repeat::kRows, of_set(TermSet::kOrgColumns),
                                       listed({"org_subtotal"}), kPerRow);
  org_subtotal.only_where_printed = true;
  TemplateRule group_subtotal =
      identity("T3-4", "t3", Repeat::kGroupsByColumns, of_set(TermSet::kGroupLeaves),
               of_set(TermSet::kGroupSubtotal), kPerColumn);
  group_subtotal.only_where_printed = true;
  // T3-8: 予以公开 + 部分公开 ≤ 总计 (the disclosure rate stays within [0, 1]). Implied by T3-2
  // and T3-5, so it stays silent when blank cells leave it open.
  TermSpec disclosed = listed({"granted", "partial"});
  disclosed.optional = {"granted"};
  TemplateRule disclosure =
      identity("T3-8", "t3", Repeat::kColumns, disclosed, listed({"total"}), kPerColumn);
  disclosure.relation = Relation::kAtMost;
  disclosure.report_uncertain = false;
  return {
      // T3-1: 本年新收 + 上年结转 = 办理结果总计 + 结转下年度.
      identity("T3-1", "t3", Repeat::kColumns, listed({"new", "carried_over"}),
               listed({"total", "carried_forward"}), kPerColumn),
      outcomes,
      // T3-3: 总计 column = Σ six applicant columns, for every data row that prints a 总计.
      identity("T3-3", "t3", Repeat::kRows, of_set(TermSet::kApplicantColumns), listed({"total"}),
               kPerRow),
      org_subtotal,
      group_subtotal,
      count_rule("T3-5", "t3"),
      disclosure,
  };
}

CrossYearTerm this_year(std::string row, std::string col, std::string name, bool subtract = false) {
  return {std::move(row), std::move(col), false, subtract, std::move(name)};
}

CrossYearTerm previous_year(std::string row, std::string col, std::string name) {
  return {std::move(row), std::move(col), true, false, std::move(name)};
}

std::vector<CrossYearRule> build_cross_year_rules() {
  return {
      // T3-6: this year's 上年结转 = the previous year's 结转下年度, per column.
      {"T3-6",
       "t3",
       Repeat::kColumns,
       {},
       this_year("carried_over", "", "上年结转"),
       {previous_year("carried_forward", "", "结转下年度")},
       kPerColumn},
      // T2-1 (2021 template): 现行有效(Y) = 现行有效(Y−1) + 本年制发(Y) − 本年废止(Y).
      {"T2-1",
       "t2",
       Repeat::kRows,
       kDocumentRows,
       this_year("", "in_force", "现行有效件数"),
       {previous_year("", "in_force", "现行有效件数"), this_year("", "issued", "本年制发件数"),
        this_year("", "repealed", "本年废止件数", true)},
       kPerRowUnnamed},
  };
}

std::vector<TemplateRule> table4_rules() {
  return {
      // T4-1: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结, per group.
      identity("T4-1", "t4", Repeat::kRows, listed({"upheld", "corrected", "other", "pending"}),
               listed({"total"}), kPerRowUnnamed),
      count_rule("T4-2", "t4"),
  };
}

const std::vector<TemplateRule>& all_rules() {
  static const std::vector<TemplateRule> rules = [] {
    std::vector<TemplateRule> all;
    for (const auto& part : {table2_rules(), table3_rules(), table4_rules()}) {
      all.insert(all.end(), part.begin(), part.end());
    }
    return all;
  }();
  return rules;
}

}  // namespace

std::vector<const TemplateRule*> table_rules(const std::string& table) {
  std::vector<const TemplateRule*> rules;
  for (const TemplateRule& rule : all_rules()) {
    if (rule.table == table) rules.push_back(&rule);
  }
  return rules;
}

const std::vector<CrossYearRule>& cross_year_rules() {
  static const std::vector<CrossYearRule> rules = build_cross_year_rules();
  return rules;
}

}  // namespace ogi

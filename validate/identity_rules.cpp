#include "validate/identity_rules.h"

#include <algorithm>
#include <set>

#include "template/display_labels.h"
#include "template/template_keys.h"
#include "validate/identity.h"
#include "validate/rules.h"

namespace ogi {
namespace {

void add(std::optional<Finding> finding, std::vector<Finding>& out) {
  if (finding) out.push_back(std::move(*finding));
}

bool applies(const TemplateRule& rule, const TemplateSchema& schema) {
  return rule.templates.empty() ||
         std::ranges::find(rule.templates, schema.name) != rule.templates.end();
}

bool has_prefix(const std::string& row, const std::string& group) {
  return row.rfind(group + ".", 0) == 0;
}

// Groups one template prints as a single data row and another splits into leaf rows
// (（六）其他处理: one row in 2019, three in 2021).
std::vector<std::string> splittable_groups() {
  std::vector<std::string> groups;
  for (const TemplateSchema* schema : templates()) {
    for (const LabelledKey& group : schema->t3_groups) {
      if (t3_row_in_any_template(group.key) &&
          std::ranges::find(groups, group.key) == groups.end()) {
        groups.push_back(group.key);
      }
    }
  }
  return groups;
}

// The leaf rows of `group` in the templates that split it, in template order.
std::vector<std::string> split_leaves(const std::string& group) {
  std::vector<std::string> leaves;
  for (const TemplateSchema* schema : templates()) {
    for (const std::string& row : t3_outcome_rows(*schema)) {
      if (has_prefix(row, group) && std::ranges::find(leaves, row) == leaves.end()) {
        leaves.push_back(row);
      }
    }
  }
  return leaves;
}

// Outcome rows of one column. Reports mix the versions' （六）其他处理 (template.md §5.2): a
// 2021 report printing it as one row gives an extra `other` cell, a 2019 report printing the
// three sub-rows gives extra other.* cells. The printed form is summed, not the blank one.
std::vector<std::string> outcome_rows(const CellLookup& cells, const TemplateSchema& schema,
                                      const std::string& table, const std::string& col) {
  std::vector<std::string> rows = t3_outcome_rows(schema);
  auto blank = [&](const std::string& row) {
    return cells.semantic(cell_key_text(table, row, col)) == Semantic::kEmpty;
  };
  for (const std::string& group : splittable_groups()) {
    const std::vector<std::string> leaves = split_leaves(group);
    const bool leaves_blank = std::ranges::all_of(leaves, blank);
    const bool splits = std::ranges::any_of(
        schema.t3_groups, [&](const LabelledKey& entry) { return entry.key == group; });
    if (splits && leaves_blank && !blank(group)) {
      std::erase_if(rows, [&](const std::string& row) { return has_prefix(row, group); });
      rows.push_back(group);
    } else if (!splits && blank(group) && !leaves_blank) {
      std::erase(rows, group);
      rows.insert(rows.end(), leaves.begin(), leaves.end());
    }
  }
  return rows;
}

// One line an identity is repeated over: a column (terms are rows) or a row (terms are
// columns), and for group rules the group.
struct Line {
  std::string key;
  bool is_column = true;
  std::string group;
};

std::vector<std::string> term_keys(const TermSpec& spec, const Line& line, const TemplateRule& rule,
                                   const CellLookup& cells, const TemplateSchema& schema) {
  switch (spec.set) {
    case TermSet::kListed:
      return spec.keys;
    case TermSet::kOutcomeRows:
      return outcome_rows(cells, schema, rule.table, line.key);
    case TermSet::kApplicantColumns:
      return t3_applicant_columns(schema);
    case TermSet::kOrgColumns:
      return t3_org_columns(schema);
    case TermSet::kGroupLeaves: {
      std::vector<std::string> leaves = t3_outcome_rows(schema);
      std::erase_if(leaves, [&](const std::string& row) { return !has_prefix(row, line.group); });
      return leaves;
    }
    case TermSet::kGroupSubtotal:
      return {subtotal_row(line.group)};
  }
  return {};
}

std::vector<Term> terms(const TermSpec& spec, const Line& line, const TemplateRule& rule,
                        const CellLookup& cells, const TemplateSchema& schema) {
  std::vector<std::string> keys = term_keys(spec, line, rule, cells, schema);
  auto cell = [&](const std::string& key) {
    return line.is_column ? cell_key_text(rule.table, key, line.key)
                          : cell_key_text(rule.table, line.key, key);
  };
  std::erase_if(keys, [&](const std::string& key) {
    return std::ranges::find(spec.optional, key) != spec.optional.end() && !cells.number(cell(key));
  });
  return line.is_column ? column_terms(rule.table, keys, line.key)
                        : row_terms(rule.table, line.key, keys);
}

std::string replaced(std::string text, const std::string& name, const std::string& value) {
  const size_t at = text.find(name);
  if (at != std::string::npos) text.replace(at, name.size(), value);
  return text;
}

std::string scope(const TemplateRule& rule, const Line& line) {
  return rule_scope(rule.scope, rule.table, line.key, line.is_column);
}

// Rows of the report's table beyond the official ones (subtotal rows), in report order.
std::vector<std::string> extra_rows(const std::string& table, const CellLookup& cells,
                                    const std::vector<std::string>& official) {
  std::set<std::string> known(official.begin(), official.end());
  std::vector<std::string> rows;
  for (const CanonicalCell* cell : cells.table_cells(table)) {
    if (known.insert(cell->row).second) rows.push_back(cell->row);
  }
  return rows;
}

bool prints_all(const std::vector<Term>& side, const CellLookup& cells) {
  return std::ranges::all_of(side, [&](const Term& term) { return cells.has(term.key); });
}

std::vector<Line> lines(const TemplateRule& rule, const CellLookup& cells,
                        const TemplateSchema& schema) {
  std::vector<Line> out;
  switch (rule.repeat) {
    case Repeat::kColumns:
      for (const std::string& col : official_columns(rule.table, schema))
        out.push_back({col, true, {}});
      break;
    case Repeat::kRows: {
      if (!rule.lines.empty()) {
        for (const std::string& row : rule.lines) out.push_back({row, false, {}});
        break;
      }
      const std::vector<std::string> official = official_rows(rule.table, schema);
      for (const std::string& row : official) out.push_back({row, false, {}});
      // An extra row takes part where it prints the identity's totals.
      for (const std::string& row : extra_rows(rule.table, cells, official)) {
        const Line line{row, false, {}};
        if (prints_all(terms(rule.right, line, rule, cells, schema), cells)) out.push_back(line);
      }
      break;
    }
    case Repeat::kGroupsByColumns: {
      std::vector<std::string> cols = official_columns(rule.table, schema);
      for (const LabelledKey& extra : schema.t3_extra_columns) cols.push_back(extra.key);
      for (const LabelledKey& group : schema.t3_groups) {
        for (const std::string& col : cols) out.push_back({col, true, group.key});
      }
      break;
    }
  }
  return out;
}

void check_identities(const TemplateRule& rule, const CellLookup& cells,
                      const TemplateSchema& schema, std::vector<Finding>& out) {
  for (const Line& line : lines(rule, cells, schema)) {
    Identity identity = make_identity(rule.rule, rule.severity, scope(rule, line),
                                      terms(rule.left, line, rule, cells, schema),
                                      terms(rule.right, line, rule, cells, schema), rule.relation);
    if (identity.left.empty()) continue;  // a group without leaves in this template
    if (rule.only_where_printed && !prints_all(identity.right, cells)) continue;
    identity.left_name = rule.left_name;
    identity.report_uncertain = rule.report_uncertain;
    identity.na_means_absent = rule.na_means_absent;
    add(check_identity(identity, cells), out);
  }
}

void check_counts(const TemplateRule& rule, const CellLookup& cells, std::vector<Finding>& out) {
  for (const CanonicalCell* cell : cells.table_cells(rule.table)) {
    const bool amount =
        std::ranges::find(rule.decimal_keys, cell->key()) != rule.decimal_keys.end();
    add(check_count_cell(*cell, rule.rule, amount), out);
  }
}

}  // namespace

void check_template_rules(const std::string& table, const CellLookup& cells,
                          const TemplateSchema& schema, std::vector<Finding>& out) {
  for (const TemplateRule* rule : table_rules(table)) {
    if (!applies(*rule, schema)) continue;
    if (rule->kind == RuleKind::kCountCells) {
      check_counts(*rule, cells, out);
    } else {
      check_identities(*rule, cells, schema, out);
    }
  }
}

std::string rule_scope(const std::string& scope, const std::string& table, const std::string& line,
                       bool line_is_column) {
  const std::string label = line_is_column ? col_label(table, line) : row_label(table, line);
  return replaced(replaced(scope, "{table}", table_label(table)), "{line}", label);
}

}  // namespace ogi

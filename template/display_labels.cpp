#include "template/display_labels.h"

#include <cmath>
#include <cstdio>
#include <map>

#include "template/cell_key_text.h"

namespace ogi {

namespace {

using LabelMap = std::map<std::string, std::string>;

const LabelMap& t3_rows() {
  static const LabelMap labels = {
      {"new", "本年新收"},
      {"carried_over", "上年结转"},
      {"granted", "予以公开"},
      {"partial", "部分公开"},
      {"denied.state_secret", "属于国家秘密"},
      {"denied.law_prohibited", "其他法律行政法规禁止公开"},
      {"denied.three_safeties", "危及“三安全一稳定”"},
      {"denied.third_party", "保护第三方合法权益"},
      {"denied.internal_affairs", "属于三类内部事务信息"},
      {"denied.process_info", "属于四类过程性信息"},
      {"denied.enforcement_file", "属于行政执法案卷"},
      {"denied.inquiry", "属于行政查询事项"},
      {"denied.subtotal", "不予公开小计"},
      {"unable.not_held", "本机关不掌握相关政府信息"},
      {"unable.needs_creation", "没有现成信息需要另行制作"},
      {"unable.unclear", "补正后申请内容仍不明确"},
      {"unable.subtotal", "无法提供小计"},
      {"not_processed.petition", "信访举报投诉类申请"},
      {"not_processed.duplicate", "重复申请"},
      {"not_processed.publication", "要求提供公开出版物"},
      {"not_processed.excessive", "无正当理由大量反复申请"},
      {"not_processed.confirmation", "要求行政机关确认或重新出具已获取信息"},
      {"not_processed.subtotal", "不予处理小计"},
      {"other", "其他处理"},
      {"other.no_correction", "逾期不补正"},
      {"other.no_fee", "逾期未缴纳费用"},
      {"other.other", "其他处理（其他）"},
      {"other.subtotal", "其他处理小计"},
      {"total", "办理结果总计"},
      {"carried_forward", "结转下年度"},
  };
  return labels;
}

const LabelMap& t3_cols() {
  static const LabelMap labels = {
      {"natural_person", "自然人"},
      {"commercial", "商业企业"},
      {"research", "科研机构"},
      {"social_welfare", "社会公益组织"},
      {"legal_services", "法律服务机构"},
      {"other_org", "其他组织"},
      {"total", "总计"},
      {"org_subtotal", "法人或其他组织小计"},
  };
  return labels;
}

const LabelMap& t4_rows() {
  static const LabelMap labels = {
      {"review", "行政复议"},
      {"litigation_direct", "行政诉讼（未经复议直接起诉）"},
      {"litigation_after_review", "行政诉讼（复议后起诉）"},
  };
  return labels;
}

const LabelMap& t4_cols() {
  static const LabelMap labels = {
      {"upheld", "结果维持"},  {"corrected", "结果纠正"}, {"other", "其他结果"},
      {"pending", "尚未审结"}, {"total", "总计"},
  };
  return labels;
}

const LabelMap& t2_rows() {
  static const LabelMap labels = {
      {"art20_1.rules", "规章"},
      {"art20_1.normative_documents", "行政规范性文件"},
      {"art20_5.administrative_license", "行政许可"},
      {"art20_5.other_services", "其他对外管理服务事项"},
      {"art20_6.administrative_penalty", "行政处罚"},
      {"art20_6.administrative_coercion", "行政强制"},
      {"art20_8.administrative_fees", "行政事业性收费"},
      {"art20_9.government_procurement", "政府集中采购"},
  };
  return labels;
}

const LabelMap& t2_cols() {
  static const LabelMap labels = {
      {"issued", "本年制发件数"},
      {"repealed", "本年废止件数"},
      {"in_force", "现行有效件数"},
      {"decisions", "本年处理决定数量"},
      {"amount_10k_yuan", "本年收费金额（万元）"},
      {"new_made", "本年新制作数量"},
      {"new_published", "本年新公开数量"},
      {"total_published", "对外公开总数量"},
      {"prev_year_items", "上一年项目数量"},
      {"change", "本年增/减"},
      {"procurement_items", "采购项目数量"},
      {"procurement_amount", "采购总金额"},
  };
  return labels;
}

std::string lookup(const LabelMap& labels, const std::string& key) {
  auto found = labels.find(key);
  return found == labels.end() ? key : found->second;
}

}  // namespace

std::string table_label(const std::string& table) {
  if (table == "t2") return "表二";
  if (table == "t3") return "表三";
  if (table == "t4") return "表四";
  return table;
}

std::string row_label(const std::string& table, const std::string& row) {
  if (table == "t2") return lookup(t2_rows(), row);
  if (table == "t3") return lookup(t3_rows(), row);
  if (table == "t4") return lookup(t4_rows(), row);
  return row;
}

std::string col_label(const std::string& table, const std::string& col) {
  if (table == "t2") return lookup(t2_cols(), col);
  if (table == "t3") return lookup(t3_cols(), col);
  if (table == "t4") return lookup(t4_cols(), col);
  return col;
}

std::string cell_label(const std::string& key) {
  CellKey parts = split_cell_key(key);
  return row_label(parts.table, parts.row) + "/" + col_label(parts.table, parts.col);
}

std::string format_number(double value) {
  if (std::fabs(value - std::round(value)) < 1e-9 && std::fabs(value) < 1e15) {
    return std::to_string(static_cast<long long>(std::llround(value)));
  }
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.6f", value);
  std::string text = buffer;
  while (!text.empty() && text.back() == '0') text.pop_back();
  if (!text.empty() && text.back() == '.') text.pop_back();
  return text;
}

}  // namespace ogi

#include "template/template_schema.h"

// The 2019 试行 and 2021 national templates as data (template.md §2-4).

namespace ogi {
namespace {

std::vector<LabelledKey> t3_columns() {
  return {{"natural_person", {"自然人"}},
          {"commercial", {"商业企业", "企业"}},
          {"research", {"科研机构"}},
          {"social_welfare", {"社会公益组织", "公益组织", "社会组织"}},
          {"legal_services", {"法律服务机构", "法律服务"}},
          {"other_org", {"其他", "其他组织"}, false, "其他组织"},
          {"total", {"总计", "合计"}}};
}

// Columns some reports add: a subtotal of the five 法人或其他组织 columns.
std::vector<LabelledKey> t3_extra_columns() {
  return {{"org_subtotal", {"小计", "法人或其他组织小计"}, true, "法人或其他组织小计"}};
}

// Rows shared by both templates up to （五）不予处理.
std::vector<Table3RowSpec> t3_common_rows() {
  return {
      {{"new", {"本年新收政府信息公开申请数量", "本年新收申请数量", "本年新收"}, false, "本年新收"},
       ""},
      {{"carried_over",
        {"上年结转政府信息公开申请数量", "上年结转申请数量", "上年度结转", "上年结转"},
        false,
        "上年结转"},
       ""},
      {{"granted", {"予以公开", "予以公开情况", "同意公开"}}, "results"},
      {{"partial",
        {"部分公开(区分处理的,只计这一情形,不计其他情形)", "部分公开(区分处理)", "部分公开"},
        false,
        "部分公开"},
       "results"},
      {{"denied.state_secret", {"属于国家秘密", "国家秘密"}}, "denied"},
      {{"denied.law_prohibited", {"其他法律行政法规禁止公开", "法律行政法规禁止公开"}}, "denied"},
      {{"denied.three_safeties",
        {"危及\"三安全一稳定\"", "危及三安全一稳定", "危及国家安全、公共安全、经济安全和社会稳定"},
        false,
        "危及“三安全一稳定”"},
       "denied"},
      {{"denied.third_party", {"保护第三方合法权益", "第三方合法权益"}}, "denied"},
      {{"denied.internal_affairs", {"属于三类内部事务信息", "内部事务信息"}}, "denied"},
      {{"denied.process_info", {"属于四类过程性信息", "过程性信息"}}, "denied"},
      {{"denied.enforcement_file", {"属于行政执法案卷", "行政执法案卷"}}, "denied"},
      {{"denied.inquiry", {"属于行政查询事项", "行政查询事项"}}, "denied"},
      {{"unable.not_held", {"本机关不掌握相关政府信息", "不掌握相关政府信息", "信息不存在"}},
       "unable"},
      {{"unable.needs_creation", {"没有现成信息需要另行制作", "需要另行制作"}}, "unable"},
      {{"unable.unclear", {"补正后申请内容仍不明确", "申请内容不明确"}}, "unable"},
      {{"not_processed.petition", {"信访举报投诉类申请", "信访举报投诉"}}, "not_processed"},
      {{"not_processed.duplicate", {"重复申请"}}, "not_processed"},
      {{"not_processed.publication", {"要求提供公开出版物", "公开出版物"}}, "not_processed"},
      {{"not_processed.excessive", {"无正当理由大量反复申请", "大量反复申请"}}, "not_processed"},
      {{"not_processed.confirmation",
        {"要求行政机关确认或重新出具已获取信息", "要求行政机关确认或重新出具"}},
       "not_processed"},
  };
}

std::vector<Table3RowSpec> t3_closing_rows() {
  return {{{"total", {"总计", "办理结果总计", "本年度办理结果总计", "合计"}, false, "办理结果总计"},
           "results"},
          {{"carried_forward",
            {"结转下年度继续办理", "结转下一年度继续办理", "结转下年度", "结转下年"},
            false,
            "结转下年度"},
           ""}};
}

std::vector<LabelledKey> t3_groups() {
  return {{"results", {"本年度办理结果", "办理结果"}},
          {"denied", {"不予公开"}},
          {"unable", {"无法提供"}},
          {"not_processed", {"不予处理"}},
          {"other", {"其他处理", "其他处理情况"}}};
}

std::vector<LabelledKey> t4_groups() {
  return {
      {"review", {"行政复议"}},
      {"litigation_direct",
       {"未经复议直接起诉", "直接起诉"},
       false,
       "行政诉讼（未经复议直接起诉）"},
      {"litigation_after_review", {"复议后起诉", "经复议后起诉"}, false, "行政诉讼（复议后起诉）"}};
}

std::vector<LabelledKey> t4_columns() {
  return {{"upheld", {"结果维持", "维持"}},
          {"corrected", {"结果纠正", "纠正", "撤销", "变更", "确认违法"}},
          {"other", {"其他结果", "其他"}},
          {"pending", {"尚未审结", "未审结", "审理中"}},
          {"total", {"总计", "合计"}}};
}

std::vector<LabelledKey> t2_sections() {
  return {{"art20_1", {"第二十条第(一)项"}},
          {"art20_5", {"第二十条第(五)项"}},
          {"art20_6", {"第二十条第(六)项"}},
          {"art20_8", {"第二十条第(八)项"}},
          {"art20_9", {"第二十条第(九)项"}}};
}

const LabelledKey kRules{"rules", {"规章"}};
const LabelledKey kLicense{"administrative_license", {"行政许可"}};
const LabelledKey kPenalty{"administrative_penalty", {"行政处罚"}};
const LabelledKey kCoercion{"administrative_coercion", {"行政强制", "行政强制措施"}};
const LabelledKey kFees{"administrative_fees", {"行政事业性收费"}};

TemplateSchema make_2021() {
  TemplateSchema schema;
  schema.name = "2021";
  schema.first_year = 2021;
  schema.current = true;
  schema.markers = {
      {"本年制发件数", "本年废止件数", "现行有效件数", "本年制发", "本年废止", "现行有效"},
      // Sub-rows of （六）其他处理 exist only in 2021.
      {"逾期不补正", "逾期未按收费通知"}};
  schema.t2_sections = t2_sections();
  schema.t2_sections.pop_back();
  const std::vector<std::string> doc_cols = {"issued", "repealed", "in_force"};
  schema.t2_rows = {
      {"art20_1", kRules, doc_cols},
      {"art20_1", {"normative_documents", {"行政规范性文件", "规范性文件"}}, doc_cols},
      {"art20_5", kLicense, {"decisions"}},
      {"art20_6", kPenalty, {"decisions"}},
      {"art20_6", kCoercion, {"decisions"}},
      {"art20_8", kFees, {"amount_10k_yuan"}},
  };
  schema.t2_columns = {
      {"issued", {"本年制发件数", "本年制发", "制发件数", "本年新制作数量"}},
      {"repealed", {"本年废止件数", "本年废止", "废止件数"}},
      {"in_force", {"现行有效件数", "现行有效", "有效件数", "对外公开总数量"}},
      {"decisions", {"本年处理决定数量", "处理决定数量", "决定数量", "办件量"}},
      {"amount_10k_yuan",
       {"本年收费金额(单位:万元)", "本年收费金额", "收费金额", "收费总金额", "收费金额(万元)"},
       false,
       "本年收费金额（万元）"}};
  schema.t3_rows = t3_common_rows();
  schema.t3_rows.push_back(
      {{"other.no_correction",
        {"申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
         "申请人无正当理由逾期不补正,行政机关不再处理其政府信息公开申请", "逾期不补正"},
        false,
        "逾期不补正"},
       "other"});
  schema.t3_rows.push_back(
      {{"other.no_fee",
        {"申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
         "申请人逾期未按收费通知要求缴纳费用,行政机关不再处理其政府信息公开申请", "逾期未缴费",
         "逾期未缴纳费用"},
        false,
        "逾期未缴纳费用"},
       "other"});
  schema.t3_rows.push_back(
      {{"other.other", {"其他", "其他原因"}, false, "其他处理（其他）"}, "other"});
  for (auto& row : t3_closing_rows()) schema.t3_rows.push_back(row);
  schema.t3_groups = t3_groups();
  schema.t3_heading_groups = {"results"};
  schema.t3_columns = t3_columns();
  schema.t3_extra_columns = t3_extra_columns();
  schema.t4_groups = t4_groups();
  schema.t4_columns = t4_columns();
  return schema;
}

TemplateSchema make_2019() {
  TemplateSchema schema;
  schema.name = "2019";
  schema.first_year = 2019;
  schema.markers = {
      {"本年新制作数量", "对外公开总数量", "上一年项目数量", "第二十条第(九)项", "本年新公开数量"},
      {"其他处理"}};
  // Its （六）其他处理 is one data row, where 2021 prints a group of rows; and only it prints
  // 本年新制作数量.
  schema.key_markers = {{"t3.other.total", "t3.other.other.total"}, {"t2.art20_1.rules.new_made"}};
  schema.t2_sections = t2_sections();
  const std::vector<std::string> doc_cols = {"new_made", "new_published", "total_published"};
  const std::vector<std::string> item_cols = {"prev_year_items", "change", "decisions"};
  schema.t2_rows = {
      {"art20_1", kRules, doc_cols},
      {"art20_1",
       {"normative_documents", {"规范性文件", "行政规范性文件"}, false, "行政规范性文件"},
       doc_cols},
      {"art20_5", kLicense, item_cols},
      {"art20_5", {"other_services", {"其他对外管理服务事项"}}, item_cols},
      {"art20_6", kPenalty, item_cols},
      {"art20_6", kCoercion, item_cols},
      {"art20_8", kFees, {"prev_year_items", "change"}},
      {"art20_9",
       {"government_procurement", {"政府集中采购"}},
       {"procurement_items", "procurement_amount"}},
  };
  schema.t2_columns = {
      {"new_made", {"本年新制作数量", "本年制发件数"}},
      {"new_published", {"本年新公开数量"}},
      {"total_published", {"对外公开总数量", "公开总数量"}},
      {"prev_year_items", {"上一年项目数量"}},
      {"change", {"本年增/减", "本年增减", "增/减"}},
      {"decisions", {"处理决定数量", "本年处理决定数量"}, false, "本年处理决定数量"},
      {"procurement_items", {"采购项目数量"}},
      {"procurement_amount", {"采购总金额"}}};
  schema.t3_rows = t3_common_rows();
  schema.t3_rows.push_back({{"other", {"其他处理", "其他处理情况"}}, "results"});
  for (auto& row : t3_closing_rows()) schema.t3_rows.push_back(row);
  schema.t3_groups = t3_groups();
  schema.t3_heading_groups = {"results"};
  schema.t3_groups.pop_back();  // （六） is a data row in 2019
  schema.t3_columns = t3_columns();
  schema.t3_extra_columns = t3_extra_columns();
  schema.t4_groups = t4_groups();
  schema.t4_columns = t4_columns();
  return schema;
}

}  // namespace

const TemplateSchema& template_2019() {
  static const TemplateSchema schema = make_2019();
  return schema;
}

const TemplateSchema& template_2021() {
  static const TemplateSchema schema = make_2021();
  return schema;
}

}  // namespace ogi

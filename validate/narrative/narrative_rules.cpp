#include <algorithm>

#include "template/display_labels.h"
#include "template/template_keys.h"
#include "validate/narrative/narrative_numbers.h"
#include "validate/rules.h"

namespace ogi {

namespace {

const std::string kNewTotal = "t3.new.total";
const std::string kCarriedOverTotal = "t3.carried_over.total";
const std::string kCarriedForwardTotal = "t3.carried_forward.total";
const std::string kOutcomeTotal = "t3.total.total";
const std::string kReviewTotal = "t4.review.total";
const std::vector<std::string> kLitigationTotals = {"t4.litigation_direct.total",
                                                    "t4.litigation_after_review.total"};

// Claims of every section, each stated number once: reports repeat 总体情况 in section 三.
std::vector<NarrativeClaim> all_claims(const Report& report) {
  std::vector<NarrativeClaim> claims;
  for (const Section& section : report.sections) {
    for (NarrativeClaim& claim : find_claims(section.text)) {
      bool repeated = false;
      for (const NarrativeClaim& seen : claims) {
        repeated = repeated || (seen.topic == claim.topic && seen.count == claim.count &&
                                seen.negated == claim.negated);
      }
      if (!repeated) claims.push_back(std::move(claim));
    }
  }
  return claims;
}

Finding narrative_finding(const std::string& rule, std::vector<std::string> cells,
                          const std::string& message, const NarrativeClaim& claim,
                          std::optional<double> expected, std::optional<double> actual) {
  Finding finding;
  finding.rule = rule;
  finding.severity = Severity::kWarning;
  finding.cells = std::move(cells);
  finding.message = message + "。原文：“" + claim.quote + "”";
  finding.expected = expected;
  finding.actual = actual;
  return finding;
}

std::string count_text(long long count) { return std::to_string(count) + " 件"; }

// N-1: the stated number of requests received is 本年新收, or 本年新收 + 上年结转.
void check_received(const NarrativeClaim& claim, const CellLookup& cells,
                    std::vector<Finding>& out) {
  std::optional<double> fresh = cells.number(kNewTotal);
  if (!fresh) return;
  std::optional<double> carried = cells.number(kCarriedOverTotal);
  double stated = static_cast<double>(*claim.count);
  if (stated == *fresh || (carried && stated == *fresh + *carried)) return;
  std::string message = "正文称收到政府信息公开申请 " + count_text(*claim.count) +
                        "，与表三 本年新收/总计 " + format_number(*fresh) + " 不符";
  std::vector<std::string> keys = {kNewTotal};
  if (carried && *carried != 0) {
    message += "（加上年结转 " + format_number(*carried) + " 为 " +
               format_number(*fresh + *carried) + "）";
    keys.push_back(kCarriedOverTotal);
  }
  out.push_back(narrative_finding("N-1", keys, message, claim, stated, *fresh));
}

// N-2: 上年结转, 结转下年度 and 办结 counts against their 总计 cells.
void check_request_count(const NarrativeClaim& claim, const std::string& key,
                         const std::string& what, const CellLookup& cells,
                         std::vector<Finding>& out) {
  std::optional<double> printed = cells.number(key);
  double stated = static_cast<double>(*claim.count);
  if (!printed || *printed == stated) return;
  std::string message = "正文称" + what + " " + count_text(*claim.count) + "，与表三 " +
                        cell_label(key) + " " + format_number(*printed) + " 不符";
  out.push_back(narrative_finding("N-2", {key}, message, claim, stated, *printed));
}

// N-6: "均已办结" while requests are carried into next year.
void check_all_completed(const NarrativeClaim& claim, const CellLookup& cells,
                         std::vector<Finding>& out) {
  std::optional<double> pending = cells.number(kCarriedForwardTotal);
  if (!pending || *pending <= 0) return;
  std::string message = "正文称申请均已办结，但表三 结转下年度/总计为 " + format_number(*pending);
  out.push_back(narrative_finding("N-6", {kCarriedForwardTotal}, message, claim, 0.0, *pending));
}

// 表四 has nothing to compare with when no cell holds a number other than 0.
bool table4_blank(const CellLookup& cells) {
  for (const std::string& key : canonical_keys("t4", current_template().name)) {
    Semantic semantic = cells.semantic(key);
    if (semantic != Semantic::kEmpty && semantic != Semantic::kZero) return false;
  }
  return true;
}

std::optional<double> litigation_total(const CellLookup& cells) {
  std::optional<double> direct = cells.number(kLitigationTotals[0]);
  std::optional<double> after_review = cells.number(kLitigationTotals[1]);
  if (!direct || !after_review) return std::nullopt;
  return *direct + *after_review;
}

// N-4 compares stated case counts with 表四; N-7 reports a blank 表四 against cases the text
// reports, and "未发生行政复议" against cases the table reports.
void check_cases(const NarrativeClaim& claim, const CellLookup& cells, std::vector<Finding>& out) {
  bool review = claim.topic == ClaimTopic::kReview;
  std::string kind = review ? "行政复议" : "行政诉讼";
  std::vector<std::string> keys =
      review ? std::vector<std::string>{kReviewTotal} : kLitigationTotals;
  std::optional<double> printed = review ? cells.number(kReviewTotal) : litigation_total(cells);
  double stated = static_cast<double>(*claim.count);
  if (table4_blank(cells)) {
    if (stated <= 0) return;
    std::string message = "表四 为空或全为0，但正文称" + kind + " " + count_text(*claim.count);
    out.push_back(narrative_finding("N-7", keys, message, claim, stated, printed));
    return;
  }
  if (!printed || *printed == stated) return;
  std::string table_part =
      review ? "表四 行政复议/总计 " : "表四 行政诉讼总计（直接起诉 + 复议后起诉）";
  if (claim.negated) {
    std::string message =
        "正文称未发生" + kind + "，但" + table_part + "为 " + format_number(*printed);
    out.push_back(narrative_finding("N-7", keys, message, claim, 0.0, *printed));
    return;
  }
  std::string message = "正文称" + kind + " " + count_text(*claim.count) + "，与" + table_part +
                        " " + format_number(*printed) + " 不符";
  out.push_back(narrative_finding("N-4", keys, message, claim, stated, *printed));
}

}  // namespace

void check_narrative(const Report& report, const CellLookup& cells, std::vector<Finding>& out) {
  std::vector<Finding> found;
  for (const NarrativeClaim& claim : all_claims(report)) {
    switch (claim.topic) {
      case ClaimTopic::kReceived:
        check_received(claim, cells, found);
        break;
      case ClaimTopic::kCarriedOver:
        check_request_count(claim, kCarriedOverTotal, "上年结转", cells, found);
        break;
      case ClaimTopic::kCarriedForward:
        check_request_count(claim, kCarriedForwardTotal, "结转下年度", cells, found);
        break;
      case ClaimTopic::kCompleted:
        check_request_count(claim, kOutcomeTotal, "办结", cells, found);
        break;
      case ClaimTopic::kAllCompleted:
        check_all_completed(claim, cells, found);
        break;
      case ClaimTopic::kReview:
      case ClaimTopic::kLitigation:
        check_cases(claim, cells, found);
        break;
    }
  }
  // Findings in rule order (N-1, N-2, N-4, N-6, N-7), whatever order the text said things in.
  std::stable_sort(found.begin(), found.end(),
                   [](const Finding& a, const Finding& b) { return a.rule < b.rule; });
  for (Finding& finding : found) out.push_back(std::move(finding));
}

}  // namespace ogi

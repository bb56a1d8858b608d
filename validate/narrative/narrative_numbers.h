#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ogi {

// What a sentence of the narrative states about the tables (template.md §6.4).
enum class ClaimTopic {
  kReceived,        // 收到/受理/新收…申请 N 件 (N-1)
  kCarriedOver,     // 上年结转 N 件 (N-2)
  kCarriedForward,  // 结转下年度 N 件 (N-2)
  kCompleted,       // 办结 N 件 (N-2)
  kAllCompleted,    // 均已办结 / 已全部办结, no count (N-6)
  kReview,          // 行政复议 N 件 (N-4, N-7)
  kLitigation,      // 行政诉讼 N 件 (N-4, N-7)
};

struct NarrativeClaim {
  ClaimTopic topic = ClaimTopic::kReceived;
  std::optional<long long> count;  // unset for kAllCompleted
  bool negated = false;  // stated as "未收到…申请" or "未发生…行政复议", count 0
  std::string quote;     // the clause stating it, as printed (folded), for messages
};

// Claims of one section's text. Conservative by design: a clause counts only when its keywords
// leave no doubt what is counted, so that a report's other numbers (主动公开…条, 建议提案,
// 12345 咨询, 司法局 handling 行政复议 cases as reviewer) never become claims.
std::vector<NarrativeClaim> find_claims(std::string_view text);

}  // namespace ogi

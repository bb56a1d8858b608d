#include "extractors/read_limits.h"

#include <algorithm>

namespace ogi {

void note_limit(Document& document, const std::string& code, const std::string& message) {
  const bool noted = std::any_of(document.issues.begin(), document.issues.end(),
                                 [&](const ExtractIssue& issue) { return issue.code == code; });
  if (!noted) document.issues.push_back({code, message});
}

}  // namespace ogi

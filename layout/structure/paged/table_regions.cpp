#include "layout/structure/paged/table_regions.h"

#include <algorithm>
#include <numeric>

namespace ogi {
namespace {

constexpr double kTouchTolerance = 3.0;
constexpr double kMaxRowHeight = 120.0;
constexpr size_t kMinStackedRules = 3;

class DisjointSets {
 public:
  explicit DisjointSets(size_t size) : parent_(size) {
    std::iota(parent_.begin(), parent_.end(), size_t{0});
  }
  size_t find(size_t item) {
    while (parent_[item] != item) item = parent_[item] = parent_[parent_[item]];
    return item;
  }
  void unite(size_t a, size_t b) { parent_[find(a)] = find(b); }

 private:
  std::vector<size_t> parent_;
};

bool touches(const RuleLine& horizontal, const RuleLine& vertical) {
  return vertical.pos >= horizontal.start - kTouchTolerance &&
         vertical.pos <= horizontal.end + kTouchTolerance &&
         horizontal.pos >= vertical.start - kTouchTolerance &&
         horizontal.pos <= vertical.end + kTouchTolerance;
}

std::vector<RuleSet> touching_groups(const RuleSet& rules) {
  const size_t horizontal_count = rules.horizontal.size();
  DisjointSets sets(horizontal_count + rules.vertical.size());
  for (size_t h = 0; h < horizontal_count; ++h) {
    for (size_t v = 0; v < rules.vertical.size(); ++v) {
      if (touches(rules.horizontal[h], rules.vertical[v])) sets.unite(h, horizontal_count + v);
    }
  }
  std::vector<RuleSet> groups(horizontal_count + rules.vertical.size());
  for (size_t h = 0; h < horizontal_count; ++h) {
    groups[sets.find(h)].horizontal.push_back(rules.horizontal[h]);
  }
  for (size_t v = 0; v < rules.vertical.size(); ++v) {
    groups[sets.find(horizontal_count + v)].vertical.push_back(rules.vertical[v]);
  }
  return groups;
}

// A row rule of the table above: it lies within the table's width, and either spans it (sharing
// an edge) or is an inner rule under some columns. A rule reaching wider begins another table.
bool stacks_under(const RuleLine& line, double start, double end) {
  return line.start >= start - kTouchTolerance && line.end <= end + kTouchTolerance;
}

// Horizontal rules with no vertical partner, stacked into row-rule tables.
std::vector<RuleSet> horizontal_stacks(std::vector<RuleLine> lines) {
  std::sort(lines.begin(), lines.end(),
            [](const RuleLine& a, const RuleLine& b) { return a.pos < b.pos; });
  std::vector<RuleSet> stacks;
  RuleSet current;
  double start = 0;
  double end = 0;
  auto close = [&] {
    if (current.horizontal.size() >= kMinStackedRules) stacks.push_back(std::move(current));
    current = {};
  };
  for (const RuleLine& line : lines) {
    if (!current.horizontal.empty() && (line.pos - current.horizontal.back().pos > kMaxRowHeight ||
                                        !stacks_under(line, start, end))) {
      close();
    }
    if (current.horizontal.empty()) {
      start = line.start;
      end = line.end;
    }
    current.horizontal.push_back(line);
  }
  close();
  return stacks;
}

// A table drawn without its outer frame: row rules and at least one column rule between their
// ends (the grid closes the open sides at the rules' extent).
bool is_open_frame(const RuleSet& group) {
  return group.horizontal.size() >= 2 && !group.vertical.empty() && !lacks_column_rules(group);
}

}  // namespace

std::vector<RuleSet> table_regions(const RuleSet& rules) {
  std::vector<RuleSet> regions;
  std::vector<RuleLine> loose;
  for (RuleSet& group : touching_groups(rules)) {
    if ((group.horizontal.size() >= 2 && group.vertical.size() >= 2) || is_open_frame(group)) {
      regions.push_back(std::move(group));
    } else {
      loose.insert(loose.end(), group.horizontal.begin(), group.horizontal.end());
    }
  }
  for (RuleSet& stack : horizontal_stacks(std::move(loose))) regions.push_back(std::move(stack));
  return regions;
}

bool lacks_column_rules(const RuleSet& region) {
  if (region.horizontal.empty()) return false;
  double left = region.horizontal.front().start;
  double right = region.horizontal.front().end;
  for (const RuleLine& line : region.horizontal) {
    left = std::min(left, line.start);
    right = std::max(right, line.end);
  }
  return std::none_of(region.vertical.begin(), region.vertical.end(), [&](const RuleLine& line) {
    return line.pos > left + kTouchTolerance && line.pos < right - kTouchTolerance;
  });
}

}  // namespace ogi

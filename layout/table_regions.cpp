#include "layout/table_regions.h"

#include <numeric>

namespace ogi {
namespace {

constexpr double kTouchTolerance = 3.0;

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

}  // namespace

std::vector<RuleSet> ruled_regions(const RuleSet& rules) {
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
  std::vector<RuleSet> regions;
  for (RuleSet& group : groups) {
    if (group.horizontal.size() >= 2 && group.vertical.size() >= 2) {
      regions.push_back(std::move(group));
    }
  }
  return regions;
}

}  // namespace ogi

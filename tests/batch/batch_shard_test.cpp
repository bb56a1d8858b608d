// `--shard i/N` splits one input list between machines, and `ogi merge` joins their outputs
// into the corpus one machine would have made.
#include <gtest/gtest.h>

#include <set>

#include "tests/support/batch_test_support.h"

namespace ogi {
namespace {

namespace fs = std::filesystem;
using testing::fixture_path;

constexpr int kShards = 3;

std::vector<std::string> batch_args(const fs::path& out) {
  return {"batch",
          fixture_path("docx").string(),
          fixture_path("batch").string(),
          fixture_path("bad").string(),
          "--out",
          out.string(),
          "-j",
          "2"};
}

TEST(BatchShard, ShardsCoverEveryInputOnceAndMergeEqualsOneRun) {
  const fs::path scratch = testing::scratch_dir("shard");
  ASSERT_EQ(testing::run_ogi(batch_args(scratch / "whole")), 2);
  const size_t inputs = testing::read_jsonl(scratch / "whole" / "reports.jsonl").size();

  std::vector<std::string> merge = {"merge", (scratch / "merged").string()};
  std::multiset<std::string> covered;
  for (int part = 1; part <= kShards; ++part) {
    const fs::path out = scratch / ("shard" + std::to_string(part));
    std::vector<std::string> args = batch_args(out);
    args.insert(args.end(), {"--shard", std::to_string(part) + "/" + std::to_string(kShards)});
    testing::run_ogi(args);
    const auto records = testing::read_jsonl(out / "reports.jsonl");
    EXPECT_GE(records.size(), inputs / kShards) << "shard " << part << " is unbalanced";
    for (const auto& record : records) covered.insert(record["source"]["path"]);
    merge.push_back(out.string());
  }
  EXPECT_EQ(covered.size(), inputs);
  for (const auto& record : testing::read_jsonl(scratch / "whole" / "reports.jsonl")) {
    EXPECT_EQ(covered.count(record["source"]["path"]), 1u) << record["source"]["path"];
  }

  EXPECT_EQ(testing::run_ogi(merge), 2);
  // Cross-report findings (T3-6 across years sit in different shards) run on the merged set.
  for (const std::string file : {"reports.jsonl", "cells.csv", "findings.csv"}) {
    EXPECT_TRUE(testing::read_bytes(scratch / "merged" / file) ==
                testing::read_bytes(scratch / "whole" / file))
        << file << " differs";
  }
}

TEST(BatchShard, MergeRefusesShardsOfDifferentRuns) {
  const fs::path scratch = testing::scratch_dir("shard_mix");
  std::vector<std::string> first = batch_args(scratch / "a");
  first.insert(first.end(), {"--shard", "1/2"});
  testing::run_ogi(first);
  std::vector<std::string> second = {
      "batch", fixture_path("batch").string(), "--out", (scratch / "b").string(), "--shard", "2/2"};
  testing::run_ogi(second);
  EXPECT_EQ(testing::run_ogi({"merge", (scratch / "m").string(), (scratch / "a").string(),
                              (scratch / "b").string()}),
            1);
}

}  // namespace
}  // namespace ogi

// `ogi batch` over good and bad files: one record per input in input order, the corpus files
// readable by a user's tools, and a crashing, hanging or memory-hungry worker costing one file.
#include <gtest/gtest.h>
#include <signal.h>

#include <algorithm>
#include <random>

#include "cli/batch/batch_worker.h"
#include "output/csv_writer.h"
#include "output/sqlite_database.h"
#include "tests/support/batch_test_support.h"

namespace ogi {
namespace {

namespace fs = std::filesystem;
using testing::fixture_path;

std::vector<std::string> docx_files_in(const std::string& folder) {
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(fixture_path(folder))) {
    if (entry.path().extension() == ".docx") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

long long count_rows(const fs::path& database, const std::string& table) {
  SqliteDatabase db(database, SqliteDatabase::Mode::kReadOnly);
  return std::stoll(db.query("SELECT count(*) FROM " + table)[0][0]);
}

const nlohmann::json& record_named(const std::vector<nlohmann::json>& records,
                                   const std::string& name) {
  for (const auto& record : records) {
    if (testing::file_name(record) == name) return record;
  }
  static const nlohmann::json none;
  ADD_FAILURE() << "no record for " << name;
  return none;
}

TEST(BatchRun, GoodAndBadInputsGiveOneRecordEachInInputOrder) {
  const fs::path scratch = testing::scratch_dir("run");
  const fs::path random_pdf = scratch / "random.pdf";
  std::mt19937 generator(7);
  std::string noise(4096, '\0');
  for (char& c : noise) c = static_cast<char>(generator());
  std::ofstream(random_pdf, std::ios::binary) << noise;
  const fs::path zero_bytes = scratch / "zero.pdf";
  std::ofstream(zero_bytes).close();
  // Same bytes as a fixture, and a name that CSV has to quote.
  const fs::path copy = scratch / "report \"copy\", 2021.docx";
  fs::copy_file(fixture_path("docx/report_2021.docx"), copy);

  const fs::path out = scratch / "out";
  const int exit_code = testing::run_ogi(
      {"batch", fixture_path("docx").string(), fixture_path("bad").string(), random_pdf.string(),
       zero_bytes.string(), copy.string(), "--out", out.string(), "-j", "2"});
  EXPECT_EQ(exit_code, 2);  // some inputs are unreadable

  std::vector<std::string> expected = docx_files_in("docx");
  const std::vector<std::string> bad = docx_files_in("bad");
  expected.insert(expected.end(), bad.begin(), bad.end());
  expected.insert(expected.end(), {random_pdf.string(), zero_bytes.string(), copy.string()});
  const auto records = testing::read_jsonl(out / "reports.jsonl");
  ASSERT_EQ(records.size(), expected.size());
  for (size_t i = 0; i < records.size(); ++i) EXPECT_EQ(records[i]["source"]["path"], expected[i]);

  const auto& report_2021 = record_named(records, "report_2021.docx");
  EXPECT_EQ(report_2021["report"]["agency"], "临江市交通运输局");
  EXPECT_EQ(report_2021["report"]["year"], 2021);
  EXPECT_EQ(testing::cell_value(report_2021, "t3.new.total"), 46);
  EXPECT_EQ(testing::cell_value(report_2021, "t2.art20_8.administrative_fees.amount_10k_yuan"),
            12.94);
  EXPECT_EQ(testing::cell_value(record_named(records, "report_2019.docx"), "t3.new.total"), 30);

  EXPECT_EQ(record_named(records, "not_a_zip.docx")["errors"][0]["code"], "not_a_zip");
  EXPECT_EQ(record_named(records, "empty.docx")["errors"][0]["code"], "empty_file");
  for (const std::string name :
       {"random.pdf", "zero.pdf", "no_tables.docx", "billion_laughs.docx"}) {
    const auto& record = record_named(records, name);
    EXPECT_FALSE(record["errors"].empty()) << name;
    EXPECT_TRUE(record["cells"].empty()) << name;
    EXPECT_EQ(record["source"]["sha256"].get<std::string>().size(), 64u) << name;
  }

  // The copy: processed once (one stored record for both), yet a full record of its own.
  const auto& duplicate = records.back();
  EXPECT_EQ(duplicate["source"]["sha256"], report_2021["source"]["sha256"]);
  EXPECT_EQ(duplicate["cells"].size(), 200u);
  EXPECT_EQ(testing::rules_of(duplicate), std::vector<std::string>{"DUP-1"});
  EXPECT_EQ(testing::count_records(out), expected.size() - 2);  // the copy and zero.pdf ≡ empty

  const std::string cells_text = testing::read_bytes(out / "cells.csv");
  ASSERT_EQ(cells_text.substr(0, 3), "\xEF\xBB\xBF");
  const auto rows = testing::parse_csv(cells_text.substr(3));
  ASSERT_FALSE(rows.empty());
  EXPECT_EQ(rows[0], (std::vector<std::string>{"sha256", "path", "agency", "year", "template",
                                               "table", "row", "col", "value", "raw", "semantic",
                                               "page", "confidence"}));
  size_t copy_rows = 0;
  for (const auto& row : rows) {
    ASSERT_EQ(row.size(), 13u);
    if (row[1] == copy.string()) ++copy_rows;
  }
  EXPECT_EQ(copy_rows, 200u);
  const std::string findings_text = testing::read_bytes(out / "findings.csv");
  EXPECT_EQ(findings_text.substr(0, 44), "\xEF\xBB\xBFsha256,path,rule,severity,cells,message\r\n");

  size_t cells = 0;
  size_t findings = 0;
  for (const auto& record : records) {
    cells += record["cells"].size();
    findings += record["validation"]["findings"].size();
  }
  EXPECT_EQ(rows.size() - 1, cells);
  EXPECT_EQ(count_rows(out / "corpus.sqlite", "reports"), static_cast<long long>(records.size()));
  EXPECT_EQ(count_rows(out / "corpus.sqlite", "cells"), static_cast<long long>(cells));
  EXPECT_EQ(count_rows(out / "corpus.sqlite", "findings"), static_cast<long long>(findings));
}

TEST(BatchRun, CrashHangAndMemoryBlowUpCostOneFileEach) {
  const fs::path out = testing::scratch_dir("faults") / "out";
  const auto start = std::chrono::steady_clock::now();
  // --timeout 3: twenty times what a fixture takes, so only the hung worker reaches it even
  // on a loaded machine.
  const int exit_code =
      testing::run_ogi({"batch", fixture_path("docx").string(), "--out", out.string(), "-j", "2",
                        "--timeout", "3", "--max-memory", "128"},
                       {{"OGI_TEST_CRASH_ON", "report_2019.docx"},
                        {"OGI_TEST_HANG_ON", "report_2021.docx"},
                        {"OGI_TEST_BLOAT_ON", "nested_table.docx"}});
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(60));  // not 120
  EXPECT_EQ(exit_code, 2);

  const auto records = testing::read_jsonl(out / "reports.jsonl");
  ASSERT_EQ(records.size(), docx_files_in("docx").size());
  const std::map<std::string, std::string> failed = {{"report_2019.docx", "crashed"},
                                                     {"report_2021.docx", "timeout"},
                                                     {"nested_table.docx", "memory_limit"}};
  for (const auto& record : records) {
    const std::string name = testing::file_name(record);
    EXPECT_EQ(record["source"]["sha256"].get<std::string>().size(), 64u) << name;
    const auto found = failed.find(name);
    if (found == failed.end()) {
      EXPECT_TRUE(record["errors"].empty()) << name;
      EXPECT_FALSE(record["cells"].empty()) << name;
      continue;
    }
    ASSERT_EQ(record["errors"].size(), 1u) << name;
    EXPECT_EQ(record["errors"][0]["code"], found->second) << name;
    EXPECT_TRUE(record["cells"].empty()) << name;
    EXPECT_EQ(record["source"]["format"], "docx") << name;
  }
  EXPECT_EQ(record_named(records, "report_2019.docx")["errors"][0]["message"],
            "signal 11 (SIGSEGV)");
  EXPECT_EQ(testing::rules_of(record_named(records, "inconsistent_t3.docx"))[0], "T3-1");
}

// The batch kills a worker over --max-memory itself (by its resident memory, the same in builds
// with and without sanitizers); its record must say memory_limit, not crashed.
TEST(BatchRun, WorkerKilledOverMemoryIsAMemoryLimit) {
  const WorkerLimits limits{3, 128};
  const int killed_status = SIGKILL;  // Linux wait status of a process killed by SIGKILL
  EXPECT_EQ(classify_worker(killed_status, WorkerKill::kMemory, limits).code, "memory_limit");
  EXPECT_EQ(classify_worker(killed_status, WorkerKill::kTimeout, limits).code, "timeout");
  EXPECT_EQ(classify_worker(killed_status, WorkerKill::kNone, limits).code, "crashed");
  // A worker that exits mid-file without replying wrote no record it vouches for.
  EXPECT_EQ(classify_worker(0, WorkerKill::kMemory, limits).code, "worker_failed");
  EXPECT_EQ(classify_reply({0, 0}).end, WorkerEnd::kRead);
  EXPECT_EQ(classify_reply({2, 0}).end, WorkerEnd::kUnreadable);
  EXPECT_EQ(classify_reply({6, 0}).code, "worker_failed");
  EXPECT_GT(worker_resident_bytes(0), 0u);
  EXPECT_EQ(worker_resident_bytes(-1), 0u);
}

// A worker reads file after file; what one file leaves behind in it must not change the next
// one's record: the same corpus from long-lived workers, from workers replaced every two files
// (mid-run) and from a fresh process per file.
TEST(BatchRun, LongLivedAndFreshWorkersGiveTheSameRecords) {
  const fs::path scratch = testing::scratch_dir("worker_life");
  std::vector<std::string> jsonl;
  std::vector<int> exit_codes;
  for (const char* files_per_worker : {"100", "2", "1"}) {
    const fs::path out = scratch / files_per_worker;
    exit_codes.push_back(testing::run_ogi({"batch", fixture_path("docx").string(),
                                           fixture_path("html").string(), "--out", out.string(),
                                           "-j", "2", "--files-per-worker", files_per_worker}));
    jsonl.push_back(testing::read_bytes(out / "reports.jsonl"));
  }
  EXPECT_EQ(exit_codes, std::vector<int>(3, exit_codes[0]));
  EXPECT_GT(testing::read_jsonl(scratch / "100" / "reports.jsonl").size(), 10u);
  EXPECT_EQ(jsonl[0], jsonl[1]);
  EXPECT_EQ(jsonl[0], jsonl[2]);
}

TEST(BatchRun, CsvFieldsAreQuotedOnlyWhenNeeded) {
  EXPECT_EQ(csv_field("临江市交通运输局"), "临江市交通运输局");
  EXPECT_EQ(csv_field("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_field("他说\"无\""), "\"他说\"\"无\"\"\"");
  EXPECT_EQ(csv_field("一行\n两行"), "\"一行\n两行\"");
  EXPECT_EQ(csv_field(""), "");
}

TEST(BatchRun, MissingInputIsAUsageError) {
  const fs::path out = testing::scratch_dir("missing") / "out";
  EXPECT_EQ(testing::run_ogi({"batch", "/no/such/report.pdf", "--out", out.string()}), 64);
  EXPECT_EQ(testing::run_ogi(
                {"batch", fixture_path("docx").string(), "--out", out.string(), "--shard", "3/2"}),
            64);
}

}  // namespace
}  // namespace ogi

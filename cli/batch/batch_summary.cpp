#include "cli/batch/batch_summary.h"

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

namespace ogi {
namespace {

constexpr size_t kTopRules = 8;
constexpr size_t kSlowest = 5;
const std::vector<std::string> kStatuses = {"ok", "warning", "error", "unreadable"};

std::string fixed(double value, int decimals) {
  char text[64];
  std::snprintf(text, sizeof text, "%.*f", decimals, value);
  return text;
}

std::string padded(std::string text, size_t width) {
  if (text.size() < width) text.insert(0, width - text.size(), ' ');
  return text;
}

void print_status_table(std::ostream& out, const CorpusStats& stats) {
  out << "  format    " << padded("inputs", 7);
  for (const std::string& status : kStatuses) out << padded(status, 11);
  out << "\n";
  for (const auto& [format, counts] : stats.by_format_status) {
    int inputs = 0;
    for (const auto& [status, n] : counts) inputs += n;
    std::string name = format.empty() ? "unknown" : format;
    name.resize(std::max<size_t>(name.size(), 8), ' ');
    out << "  " << name << padded(std::to_string(inputs), 9);
    for (const std::string& status : kStatuses) {
      const auto found = counts.find(status);
      out << padded(std::to_string(found == counts.end() ? 0 : found->second), 11);
    }
    out << "\n";
  }
}

template <typename Map>
std::string top_counts(const Map& counts, size_t limit) {
  std::vector<std::pair<std::string, int>> sorted(counts.begin(), counts.end());
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  std::string text;
  for (size_t i = 0; i < sorted.size() && i < limit; ++i) {
    text += (i > 0 ? ", " : "") + sorted[i].first + " " + std::to_string(sorted[i].second);
  }
  return text;
}

void print_workers(std::ostream& out, const BatchRun& run) {
  if (run.workers.empty()) return;
  std::vector<WorkerRun> slowest = run.workers;
  std::sort(slowest.begin(), slowest.end(),
            [](const WorkerRun& a, const WorkerRun& b) { return a.seconds > b.seconds; });
  out << "  slowest files:\n";
  for (size_t i = 0; i < slowest.size() && i < kSlowest; ++i) {
    out << "    " << padded(fixed(slowest[i].seconds, 2), 8) << " s  " << slowest[i].path << "\n";
  }
  std::vector<long> peaks;
  for (const WorkerRun& worker : run.workers) peaks.push_back(worker.peak_rss_kb);
  std::sort(peaks.begin(), peaks.end());
  const auto peak = std::max_element(
      run.workers.begin(), run.workers.end(),
      [](const WorkerRun& a, const WorkerRun& b) { return a.peak_rss_kb < b.peak_rss_kb; });
  const double files = static_cast<double>(run.workers.size());
  out << "  cpu per file: worker " << fixed(run.worker_cpu_seconds * 1000 / files, 1)
      << " ms, coordinator " << fixed(run.coordinator_cpu_seconds * 1000 / files, 1) << " ms\n";
  out << "  worker peak memory: median " << fixed(peaks[peaks.size() / 2] / 1024.0, 1)
      << " MB, max " << fixed(peak->peak_rss_kb / 1024.0, 1) << " MB (" << peak->path << ")\n";
}

}  // namespace

void print_summary(std::ostream& out, const BatchRun* run, const CorpusStats& stats,
                   double elapsed_seconds, const std::filesystem::path& out_dir) {
  int inputs = 0;
  for (const auto& [format, counts] : stats.by_format_status) {
    for (const auto& [status, n] : counts) inputs += n;
  }
  out << "ogi " << (run ? "batch" : "merge") << ": " << inputs << " inputs in "
      << fixed(elapsed_seconds, 1) << " s → " << out_dir.string() << "\n";
  if (run) {
    const double rate = run->seconds > 0 ? run->counts.processed / run->seconds : 0;
    out << "  " << run->counts.processed << " processed in " << fixed(run->seconds, 1) << " s ("
        << fixed(rate, 1) << " files/s), " << run->resumed << " already done, " << run->duplicates
        << " duplicates\n";
  }
  print_status_table(out, stats);
  if (!stats.error_codes.empty()) out << "  errors: " << top_counts(stats.error_codes, 99) << "\n";
  for (const std::string& example : stats.unreadable_examples) {
    out << "  unreadable: " << example << "\n";
  }
  const size_t more = stats.unreadable - stats.unreadable_examples.size();
  if (more > 0) out << "  … and " << more << " more unreadable (status in corpus.sqlite)\n";
  if (!stats.failing_rules.empty()) {
    out << "  top failing rules (reports): " << top_counts(stats.failing_rules, kTopRules) << "\n";
  }
  if (run) print_workers(out, *run);
}

}  // namespace ogi

// OcrWorkers, the threads OCR tasks run on: every task runs once, on some thread with that
// thread's own engines; tasks a plan readies as others finish run too, while a thread that found
// nothing ready waits for them; a task's exception reaches the caller. The engines load
// Tesseract's models (about 0.14 s a thread), so each test uses one set of workers.
#include "extractors/ocr/run/ocr_workers.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <set>
#include <stdexcept>
#include <thread>
#include <vector>

namespace ogi {
namespace {

// Long enough for a loaded test machine, short of the test's own timeout.
constexpr std::chrono::seconds kPatience{20};

// A flag one thread raises and another waits for.
class Flag {
 public:
  void raise() {
    const std::lock_guard<std::mutex> lock(mutex_);
    raised_ = true;
    raised_signal_.notify_all();
  }
  // Whether the flag was raised before the patience ran out.
  bool wait() {
    std::unique_lock<std::mutex> lock(mutex_);
    return raised_signal_.wait_for(lock, kPatience, [this] { return raised_; });
  }

 private:
  std::mutex mutex_;
  std::condition_variable raised_signal_;
  bool raised_ = false;
};

// Where tasks meet: a task arriving waits until tasks on `threads` different threads have
// arrived, so a test sees every thread take a share without relying on timing.
class Meeting {
 public:
  explicit Meeting(size_t threads) : threads_(threads) {}

  // Whether all threads met before the patience ran out.
  bool arrive() {
    std::unique_lock<std::mutex> lock(mutex_);
    seen_.insert(std::this_thread::get_id());
    met_.notify_all();
    const bool met =
        met_.wait_for(lock, kPatience, [this] { return seen_.size() >= threads_ || gave_up_; });
    gave_up_ = gave_up_ || !met;  // the next task would wait in vain too
    return met && !gave_up_;
  }

 private:
  size_t threads_;
  std::mutex mutex_;
  std::condition_variable met_;
  std::set<std::thread::id> seen_;
  bool gave_up_ = false;
};

TEST(OcrWorkersTest, RunsEveryTaskOnceAcrossThreadsWithEachThreadsEngines) {
  OcrWorkers workers(2);
  ASSERT_EQ(workers.size(), 2u);
  constexpr size_t kTasks = 64;
  std::vector<std::atomic<int>> runs(kTasks);
  std::vector<size_t> results(kTasks);
  std::mutex mutex;
  std::set<std::pair<std::thread::id, const OcrEngines*>> engines_by_thread;
  for (int round = 0; round < 2; ++round) {
    Meeting meeting(2);
    workers.run(kTasks, [&](size_t index, OcrEngines& engines) {
      ++runs[index];
      results[index] = index * index;
      EXPECT_TRUE(meeting.arrive());
      const std::lock_guard<std::mutex> lock(mutex);
      engines_by_thread.insert({std::this_thread::get_id(), &engines});
    });
  }
  for (size_t i = 0; i < kTasks; ++i) {
    EXPECT_EQ(runs[i], 2) << i;
    EXPECT_EQ(results[i], i * i) << i;
  }
  // Two threads, each with one engine set of its own, kept from one run to the next.
  ASSERT_EQ(engines_by_thread.size(), 2u);
  EXPECT_NE(engines_by_thread.begin()->first, engines_by_thread.rbegin()->first);
  EXPECT_NE(engines_by_thread.begin()->second, engines_by_thread.rbegin()->second);
}

TEST(OcrWorkersTest, RethrowsTheFirstExceptionAfterEveryThreadStopped) {
  OcrWorkers workers(2);
  std::atomic<int> running = 0;
  std::atomic<int> started = 0;
  const auto failing = [&](size_t index, OcrEngines&) {
    ++running;
    ++started;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    --running;
    if (index == 3) throw std::runtime_error("task 3");
  };
  EXPECT_THROW(
      {
        try {
          workers.run(1000, failing);
        } catch (const std::runtime_error& error) {
          EXPECT_STREQ(error.what(), "task 3");
          EXPECT_EQ(running, 0);
          throw;
        }
      },
      std::runtime_error);
  EXPECT_LT(started, 1000);  // no task starts after one failed
  // The workers stay usable.
  std::atomic<int> ran = 0;
  workers.run(10, [&](size_t, OcrEngines&) { ++ran; });
  EXPECT_EQ(ran, 10);
}

// One root task, whose finishing readies kChildren children. The root runs until some thread
// has asked for a task and found none ready: that thread must wait for the children, not leave.
class TreePlan : public OcrWorkers::Plan {
 public:
  static constexpr int kChildren = 20;

  std::optional<OcrWorkers::Task> next() override {
    if (!root_started_) {
      root_started_ = true;
      return OcrWorkers::Task{[this](OcrEngines&) { saw_thread_waiting_ = turned_away_.wait(); },
                              [this] { ready_ = kChildren; }};
    }
    if (ready_ == 0) {
      if (finished_ == 0) turned_away_.raise();
      return std::nullopt;
    }
    --ready_;
    const auto child = [this](OcrEngines&) {
      if (!children_.arrive()) children_met_ = false;
    };
    return OcrWorkers::Task{child, [this] { ++finished_; }};
  }

  bool saw_thread_waiting() const { return saw_thread_waiting_; }
  bool children_met() const { return children_met_; }
  int finished() const { return finished_; }

 private:
  bool root_started_ = false;
  int ready_ = 0;
  int finished_ = 0;
  Flag turned_away_;
  std::atomic<bool> saw_thread_waiting_ = false;
  Meeting children_{2};
  std::atomic<bool> children_met_ = true;
};

TEST(OcrWorkersTest, AThreadWithNothingReadyWaitsForTasksAPlanReadiesLater) {
  OcrWorkers workers(2);
  TreePlan plan;
  workers.run(plan);
  EXPECT_TRUE(plan.saw_thread_waiting());
  EXPECT_TRUE(plan.children_met());
  EXPECT_EQ(plan.finished(), TreePlan::kChildren);
}

TEST(OcrWorkersTest, NoTasksNoWork) {
  OcrWorkers workers(3);
  bool ran = false;
  workers.run(0, [&](size_t, OcrEngines&) { ran = true; });
  EXPECT_FALSE(ran);
}

}  // namespace
}  // namespace ogi

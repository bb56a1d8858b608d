#include "extractors/ocr/run/ocr_workers.h"

#include <algorithm>
#include <cstdlib>
#include <utility>

namespace ogi {
namespace {

class IndexPlan : public OcrWorkers::Plan {
 public:
  IndexPlan(size_t count, const std::function<void(size_t, OcrEngines&)>& task)
      : count_(count), task_(task) {}

  std::optional<OcrWorkers::Task> next() override {
    if (next_ == count_) return std::nullopt;
    const size_t index = next_++;
    return OcrWorkers::Task{[this, index](OcrEngines& engines) { task_(index, engines); }, {}};
  }

 private:
  size_t count_;
  const std::function<void(size_t, OcrEngines&)>& task_;
  size_t next_ = 0;
};

// What `call` threw, if anything: a worker thread must not let an exception escape.
std::exception_ptr caught(const std::function<void()>& call) {
  try {
    call();
    return nullptr;
  } catch (...) {
    return std::current_exception();
  }
}

}  // namespace

size_t ocr_thread_count() {
  if (const char* env = std::getenv("OGI_OCR_THREADS")) {
    char* end = nullptr;
    const long asked = std::strtol(env, &end, 10);
    if (end != env && *end == '\0' && asked > 0) return static_cast<size_t>(asked);
  }
  return std::max(1u, std::thread::hardware_concurrency());
}

OcrWorkers::OcrWorkers(size_t threads) {
  for (size_t i = 1; i < threads; ++i) {
    helpers_.emplace_back([this](const std::stop_token& stop) { help(stop); });
  }
}

void OcrWorkers::run(Plan& plan) {
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    plan_ = &plan;
    error_ = nullptr;
    busy_ = helpers_.size();
    ++runs_;
  }
  wake_.notify_all();
  work(own_engines_);
  std::unique_lock<std::mutex> lock(mutex_);
  done_.wait(lock, [this] { return busy_ == 0; });
  plan_ = nullptr;
  if (error_) std::rethrow_exception(std::exchange(error_, nullptr));
}

void OcrWorkers::run(size_t count,
                     const std::function<void(size_t index, OcrEngines& engines)>& task) {
  IndexPlan plan(count, task);
  run(plan);
}

void OcrWorkers::help(const std::stop_token& stop) {
  // The engines load their models when a task first reads with them (ocr_engine.h).
  std::optional<OcrEngines> engines;
  for (size_t seen = 0;;) {
    {
      std::unique_lock<std::mutex> lock(mutex_);
      if (!wake_.wait(lock, stop, [&] { return runs_ != seen; })) return;
      seen = runs_;
    }
    work(engines);
    const std::lock_guard<std::mutex> lock(mutex_);
    if (--busy_ == 0) done_.notify_one();
  }
}

std::optional<OcrWorkers::Task> OcrWorkers::next_task() {
  std::optional<Task> task;
  if (!error_) error_ = caught([&] { task = plan_->next(); });
  return task;
}

// Takes tasks until the plan is done. A thread with nothing ready waits for a running task to
// finish rather than leaving: that task may make more ready.
void OcrWorkers::work(std::optional<OcrEngines>& engines) {
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    const std::optional<Task> task = next_task();
    if (!task) {
      if (running_ == 0) return;
      ready_.wait(lock);
      continue;
    }
    ++running_;
    lock.unlock();
    std::exception_ptr failure = caught([&] {
      if (!engines) engines.emplace();
      task->run(*engines);
    });
    lock.lock();
    --running_;
    if (!failure && task->finished) failure = caught(task->finished);
    if (failure && !error_) error_ = failure;
    ready_.notify_all();
  }
}

}  // namespace ogi

#include "extractors/ocr/ocr_pool.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <exception>
#include <mutex>
#include <thread>

#include "extractors/ocr/ocr_engine.h"
#include "extractors/ocr/page_ocr.h"

namespace ogi {
namespace {

class PagePool {
 public:
  PagePool(const PageSource& source, const std::vector<int>& indices)
      : source_(source), indices_(indices), pages_(indices.size()) {}

  void work() {
    try {
      OcrEngines engines;
      for (size_t next = next_++; next < indices_.size() && !failed_; next = next_++) {
        const RasterPage raster = source_.render(indices_[next]);
        pages_[next] = ocr_page(engines, raster, indices_[next]);
      }
    } catch (...) {
      const std::lock_guard<std::mutex> lock(mutex_);
      if (!error_) error_ = std::current_exception();
      failed_ = true;
    }
  }

  std::vector<Page> finish() {
    if (error_) std::rethrow_exception(error_);
    return std::move(pages_);
  }

 private:
  const PageSource& source_;
  const std::vector<int>& indices_;
  std::vector<Page> pages_;
  std::atomic<size_t> next_ = 0;
  std::atomic<bool> failed_ = false;
  std::mutex mutex_;
  std::exception_ptr error_;
};

// OGI_OCR_THREADS=N (a positive integer) caps the workers; otherwise one per hardware core.
size_t worker_limit() {
  if (const char* env = std::getenv("OGI_OCR_THREADS")) {
    char* end = nullptr;
    const long asked = std::strtol(env, &end, 10);
    if (end != env && *end == '\0' && asked > 0) return static_cast<size_t>(asked);
  }
  return std::max(1u, std::thread::hardware_concurrency());
}

}  // namespace

std::vector<Page> ocr_pages(const PageSource& source, const std::vector<int>& page_indices) {
  if (page_indices.empty()) return {};
  const size_t workers = std::min(worker_limit(), page_indices.size());
  PagePool pool(source, page_indices);
  std::vector<std::jthread> threads;
  for (size_t i = 1; i < workers; ++i) threads.emplace_back([&pool] { pool.work(); });
  pool.work();
  for (std::jthread& thread : threads) thread.join();
  return pool.finish();
}

}  // namespace ogi

#include "extractors/ocr/run/ocr_pool.h"

#include <deque>
#include <memory>
#include <utility>

#include "extractors/ocr/run/ocr_workers.h"
#include "extractors/ocr/run/page_ocr.h"

namespace ogi {
namespace {

// One scanned page on its way through OCR.
struct PageInReading {
  PageForReading prepared;
  std::vector<PixelBox> cells;
  std::vector<CellReading> readings;  // of `cells`, by index
  std::vector<TextRun> text;
  size_t unread = 0;  // the text and the cells not yet read
};

template <typename T>
T pop_front(std::deque<T>& queue) {
  T front = queue.front();
  queue.pop_front();
  return front;
}

// Pages read as many small tasks: a page is prepared, then its text outside tables and each of
// its cells are read as tasks of their own. Pages differ in cost, and with a page as the unit one
// thread would be left reading the last page alone. The longest tasks start first, so that cells
// fill the threads up to the end: a page's text (read in one go, up to seconds), then preparing a
// page, then cells, page by page. At most `window` pages are open (prepared and not yet fully
// read) at a time, so a long scan never holds all its page images.
class PagePlan : public OcrWorkers::Plan {
 public:
  PagePlan(const PageSource& source, const std::vector<int>& indices, size_t window)
      : source_(source),
        indices_(indices),
        window_(window),
        pages_(indices.size()),
        out_(indices.size()) {}

  std::optional<OcrWorkers::Task> next() override {
    if (!texts_.empty()) return read_text(pop_front(texts_));
    if (started_ < pages_.size() && open_ < window_) return prepare(started_++);
    if (cells_.empty()) return std::nullopt;
    const auto [page, cell] = pop_front(cells_);
    return read_cell_of(page, cell);
  }

  std::vector<Page> take_pages() { return std::move(out_); }

 private:
  OcrWorkers::Task prepare(size_t page) {
    ++open_;
    pages_[page] = std::make_unique<PageInReading>();
    PageInReading* in = pages_[page].get();
    const auto run = [this, page, in](OcrEngines& engines) {
      in->prepared = prepare_for_reading(engines, source_.render(indices_[page]));
      in->cells = in->prepared.cells();
      in->readings.resize(in->cells.size());
    };
    const auto finished = [this, page, in] {
      in->unread = 1 + in->cells.size();
      texts_.push_back(page);
      for (size_t cell = 0; cell < in->cells.size(); ++cell) cells_.emplace_back(page, cell);
    };
    return {run, finished};
  }

  OcrWorkers::Task read_text(size_t page) {
    PageInReading* in = pages_[page].get();
    const auto run = [this, page, in](OcrEngines& engines) {
      in->text = read_outside_tables(engines, in->prepared, indices_[page]);
    };
    return {run, [this, page] { read_one(page); }};
  }

  OcrWorkers::Task read_cell_of(size_t page, size_t cell) {
    PageInReading* in = pages_[page].get();
    const auto run = [in, cell](OcrEngines& engines) {
      in->readings[cell] = read_cell(engines, in->prepared.cell_images(), in->cells[cell]);
    };
    return {run, [this, page] { read_one(page); }};
  }

  // The page is assembled, and its images freed, once its text and every cell are read.
  void read_one(size_t page) {
    PageInReading& in = *pages_[page];
    if (--in.unread > 0) return;
    out_[page] = assemble_page(in.prepared, indices_[page], in.readings, std::move(in.text));
    pages_[page].reset();
    --open_;
  }

  const PageSource& source_;
  const std::vector<int>& indices_;
  size_t window_;
  std::vector<std::unique_ptr<PageInReading>> pages_;  // open pages; by position in indices_
  std::vector<Page> out_;
  size_t started_ = 0;  // pages whose preparation has started
  size_t open_ = 0;
  std::deque<size_t> texts_;                     // pages prepared, their text not yet started
  std::deque<std::pair<size_t, size_t>> cells_;  // page, cell: prepared, not yet started
};

}  // namespace

std::vector<Page> ocr_pages(const PageSource& source, const std::vector<int>& page_indices) {
  if (page_indices.empty()) return {};
  OcrWorkers workers;
  PagePlan plan(source, page_indices, workers.page_window());
  workers.run(plan);
  return plan.take_pages();
}

}  // namespace ogi

#pragma once

#include <vector>

#include "extractors/ocr/page_source.h"
#include "model/document.h"

namespace ogi {

// Reads the given pages of `source` by OCR in parallel: one worker thread per core (or
// $OGI_OCR_THREADS, a positive integer, when set), each with its own Tesseract engine (an engine is
// not thread-safe). Tesseract's own OpenMP threads must be limited to one by the process's
// environment at start (OMP_THREAD_LIMIT=1; `ogi` sees to it, cli/process_tuning.h), or they
// oversubscribe the cores and spin. Pages come back in the order asked for. Rethrows the first worker's
// exception (ExtractError when the model cannot be loaded).
std::vector<Page> ocr_pages(const PageSource& source, const std::vector<int>& page_indices);

}  // namespace ogi

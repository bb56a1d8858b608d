#pragma once

#include "extractors/ocr_module/ocr_module_calls.h"

namespace ogi {

// The OCR module's file name (a CMake MODULE library built from extractors/ocr).
inline constexpr char kOcrModuleName[] = "ogi_ocr.so";

// The OCR module, looked for where model/loadable_module.h says (beside the executable, then
// OGI_MODULE_DIR from it), loaded on first use and kept to the end of the process, so that `ogi`
// loads Tesseract, Leptonica and what they pull in (libgomp, libcurl, libarchive: half its
// libraries) only when a page needs OCR. Throws ExtractError("ocr_unavailable"), naming what is
// missing, when it cannot be loaded; again on every later call, without trying again.
//
// Before loading it, OMP_THREAD_LIMIT is set to 1 unless the environment has a value: libgomp
// reads it once, when it loads with Tesseract, and Tesseract's LSTM spreading each line over
// OpenMP threads on top of our own OCR threads only makes them wait for each other (a 5-page scan:
// 30 s wall, 29 s of it futex system time, against 7 s with one thread).
const OcrModuleCalls& ocr_module();

}  // namespace ogi

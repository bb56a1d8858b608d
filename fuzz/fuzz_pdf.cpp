// libFuzzer target: arbitrary bytes as a .pdf file through the pdf backend and every later stage.
#include <cstddef>
#include <cstdint>

#include "extractors/pdf/pdf_extractor.h"
#include "fuzz/fuzz_scratch.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  ogi::fuzz::run_pipeline(data, size, ".pdf", ogi::extract_pdf);
  return 0;
}

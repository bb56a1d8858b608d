// libFuzzer target: arbitrary bytes as a .docx file through the docx backend and every later stage.
#include <cstddef>
#include <cstdint>

#include "extractors/docx/docx_extractor.h"
#include "fuzz/fuzz_scratch.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  ogi::fuzz::run_pipeline(data, size, ".docx", ogi::extract_docx);
  return 0;
}

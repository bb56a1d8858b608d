// libFuzzer target: arbitrary bytes as a .txt file through the text backend and every later stage.
#include <cstddef>
#include <cstdint>

#include "extractors/text/text_extractor.h"
#include "fuzz/fuzz_scratch.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  ogi::fuzz::run_pipeline(data, size, ".txt", ogi::extract_text);
  return 0;
}

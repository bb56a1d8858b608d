// libFuzzer target: arbitrary bytes as a .mht web archive through its MIME parsing, the html
// backend and every later stage.
#include <cstddef>
#include <cstdint>

#include "extractors/mht/mht_extractor.h"
#include "fuzz/fuzz_scratch.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  ogi::fuzz::run_pipeline(data, size, ".mht", ogi::extract_mht);
  return 0;
}

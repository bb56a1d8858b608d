// libFuzzer target: arbitrary bytes as a .html file through the html backend and every later stage.
#include <cstddef>
#include <cstdint>

#include "extractors/html/html_extractor.h"
#include "fuzz/fuzz_scratch.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  ogi::fuzz::run_pipeline(data, size, ".html", ogi::extract_html);
  return 0;
}

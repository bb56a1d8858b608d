// libFuzzer target: arbitrary bytes as one table cell and as a label, the text-level parsers that
// every backend's output goes through.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "normalize/cell_value_parser.h"
#include "normalize/text_normalize.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  ogi::parse_cell_value(text);
  ogi::normalize_text(text);
  ogi::normalize_text(text, /*keep_newlines=*/true);
  ogi::compact_label(text);
  return 0;
}

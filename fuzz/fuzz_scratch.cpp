#include "fuzz/fuzz_scratch.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <memory>
#include <stdexcept>

#include "extractors/extract_error.h"
#include "pipeline/pipeline.h"

namespace ogi::fuzz {

std::string write_scratch_file(const std::uint8_t* data, std::size_t size,
                               const std::string& extension) {
  const std::string path = (std::filesystem::temp_directory_path() /
                            ("ogi_fuzz_" + std::to_string(::getpid()) + extension))
                               .string();
  const std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "wb"),
                                                             &std::fclose);
  if (!file) throw std::runtime_error("cannot write the scratch file " + path);
  if (size > 0 && std::fwrite(data, 1, size, file.get()) != size) {
    throw std::runtime_error("short write to the scratch file " + path);
  }
  return path;
}

void run_pipeline(const std::uint8_t* data, std::size_t size, const std::string& extension,
                  Document (*extract)(const std::string& path)) {
  run_extracted(write_scratch_file(data, size, extension), extract);
}

void run_extracted(const std::string& path, Document (*extract)(const std::string& path)) {
  try {
    process_extracted(extract(path));
  } catch (const ExtractError&) {
    // The file was refused with a reason: the outcome the pipeline promises for bad input.
  }
}

}  // namespace ogi::fuzz

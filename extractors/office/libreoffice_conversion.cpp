#include "extractors/office/libreoffice_conversion.h"

#include <sys/wait.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <vector>

#include "extractors/extract_error.h"
#include "extractors/file_deadline.h"
#include "extractors/file_probe.h"
#include "extractors/office/converter_process.h"
#include "extractors/office/program_on_path.h"
#include "extractors/read_limits.h"

namespace ogi {
namespace {

namespace fs = std::filesystem;

// The name LibreOffice sees: detection already told the format, and an OLE file named .wps would
// go to LibreOffice's Microsoft Works filter instead of Word's.
std::string input_name(const std::string& format) {
  return format == "rtf" ? "input.rtf" : format == "odt" ? "input.odt" : "input.doc";
}

// A file: URL for -env:UserInstallation; bytes outside the unreserved set are escaped.
std::string file_url(const std::string& path) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string url = "file://";
  for (const unsigned char c : path) {
    if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
      url.push_back(static_cast<char>(c));
    } else {
      url += {'%', kHex[c >> 4], kHex[c & 15]};
    }
  }
  return url;
}

std::string libreoffice_program() {
  if (std::optional<std::string> program = program_on_path({"soffice", "libreoffice"})) {
    return *program;
  }
  throw ExtractError("converter_missing",
                     "reading this file needs LibreOffice (soffice or libreoffice on PATH), "
                     "which is not installed: apt-get install libreoffice-writer-nogui");
}

// The file copied under a plain name, so that no byte of the user's path reaches the converter's
// command line or its output name.
std::string copy_input(const std::string& path, const std::string& format, const fs::path& folder) {
  const std::uintmax_t size = readable_file_size(path);
  if (size > ReadLimits::kMaxOfficeFileBytes) {
    throw ExtractError("office_too_large", "the file has " + std::to_string(size) +
                                               " bytes, more than the " +
                                               std::to_string(ReadLimits::kMaxOfficeFileBytes) +
                                               " an office file may have to be converted");
  }
  const std::string copy = (folder / input_name(format)).string();
  std::ofstream out(copy, std::ios::binary);
  out << read_file_head(path, static_cast<std::size_t>(size));
  if (!out.flush()) throw ExtractError("scratch_folder", "cannot copy the file for conversion");
  return copy;
}

// The converter's last non-empty line that is not its Java warning, for the error message.
std::string converter_last_words(const fs::path& log_path) {
  std::ifstream log(log_path);
  std::string line;
  std::string last;
  while (std::getline(log, line)) {
    if (!line.empty() && line.find("javaldx") == std::string::npos) last = line;
  }
  return last.size() > 200 ? last.substr(0, 200) : last;
}

std::string how_it_ended(const ConverterEnd& end, const fs::path& log_path) {
  std::string ending;
  if (WIFSIGNALED(end.wait_status)) {
    ending = "LibreOffice ended by signal " + std::to_string(WTERMSIG(end.wait_status));
  } else {
    ending = "LibreOffice wrote no DOCX (exit status " +
             std::to_string(WEXITSTATUS(end.wait_status)) + ")";
  }
  const std::string words = converter_last_words(log_path);
  return words.empty() ? ending : ending + ": " + words;
}

}  // namespace

ConvertedDocx convert_with_libreoffice(const std::string& path, const std::string& format) {
  const std::string program = libreoffice_program();
  ConvertedDocx converted{ScratchFolder("ogi-lo-"), ""};
  const fs::path folder = converted.folder.path();
  const std::string input = copy_input(path, format, folder);
  const fs::path log_path = folder / "converter.log";
  const std::chrono::seconds cap(ReadLimits::kMaxConversionSeconds);
  const auto started = std::chrono::steady_clock::now();
  ConverterProcess converter(
      program,
      {"--headless", "--norestore", "--nolockcheck", "--nologo", "--nodefault",
       "-env:UserInstallation=" + file_url((folder / "profile").string()), "--convert-to",
       "docx:MS Word 2007 XML", "--outdir", (folder / "out").string(), input},
      log_path.string(), ReadLimits::kMaxConverterAddressSpace);
  const ConverterEnd end = converter.wait_until(work_deadline(cap));
  if (end.timed_out) {
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(
        std::chrono::steady_clock::now() - started);
    throw ExtractError("conversion_timeout", "LibreOffice did not finish converting the file in " +
                                                 std::to_string(seconds.count()) + " s (limit " +
                                                 std::to_string(cap.count()) +
                                                 " s); it was stopped");
  }
  converted.docx_path = (folder / "out" / "input.docx").string();
  std::error_code error;
  if (!fs::is_regular_file(converted.docx_path, error)) {
    throw ExtractError("conversion_failed", how_it_ended(end, log_path));
  }
  return converted;
}

}  // namespace ogi

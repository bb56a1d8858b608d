// libFuzzer target, structure-aware: the input is the text of word/document.xml, which the target
// zips into a DOCX package and sends through the docx backend and every later stage. The custom
// mutator changes the XML as a Word document varies (an element duplicated, dropped, moved or
// nested in itself; a w:val, gridSpan or vMerge value swapped for an edge case), so the fuzzer
// explores tables, merges and nesting rather than zip damage, which fuzz_docx covers. Seeds may be
// whole DOCX files (fixtures/docx): a zip input is replaced by its word/document.xml first.
#include <zip.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <random>
#include <string>
#include <string_view>

#include "extractors/docx/docx_extractor.h"
#include "fuzz/fuzz_scratch.h"

extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t* data, std::size_t size, std::size_t max_size);

namespace {

constexpr std::string_view kZipMagic = "PK\x03\x04";
constexpr std::size_t kMaxXmlBytes = 1 << 20;

struct ZipCloser {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};

// word/document.xml of a DOCX held in memory, or the bytes themselves when they are no zip.
std::string document_xml(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (!bytes.starts_with(kZipMagic)) return std::string(bytes);
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(data, size, 0, &error);
  if (source == nullptr) return "";
  std::unique_ptr<zip_t, ZipCloser> archive(zip_open_from_source(source, ZIP_RDONLY, &error));
  if (!archive) {
    zip_source_free(source);
    return "";
  }
  zip_file_t* file = zip_fopen(archive.get(), "word/document.xml", 0);
  if (file == nullptr) return "";
  std::string xml;
  char buffer[65536];
  for (zip_int64_t got;
       (got = zip_fread(file, buffer, sizeof buffer)) > 0 && xml.size() < kMaxXmlBytes;) {
    xml.append(buffer, static_cast<std::size_t>(got));
  }
  zip_fclose(file);
  return xml;
}

// A DOCX holding `xml` as its main part, written to the scratch path with `.docx`.
std::string package(const std::string& xml) {
  static const std::string content_types =
      "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
      "content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/"
      "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
  const std::string path = ogi::fuzz::write_scratch_file(nullptr, 0, ".docx");
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, nullptr);
  if (archive == nullptr) return path;
  for (const auto& [name, text] :
       {std::pair<const char*, const std::string*>{"[Content_Types].xml", &content_types},
        {"word/document.xml", &xml}}) {
    zip_source_t* source = zip_source_buffer(archive, text->data(), text->size(), 0);
    if (source != nullptr && zip_file_add(archive, name, source, ZIP_FL_OVERWRITE) < 0) {
      zip_source_free(source);
    }
  }
  zip_close(archive);  // writes now, while the texts are alive
  return path;
}

// The end (one past '>') of the element starting at `start`, or npos when it is not closed.
std::size_t element_end(const std::string& xml, std::size_t start) {
  int depth = 0;
  for (std::size_t at = start; at < xml.size();) {
    const std::size_t open = xml.find('<', at);
    if (open == std::string::npos) return std::string::npos;
    const std::size_t close = xml.find('>', open);
    if (close == std::string::npos) return std::string::npos;
    if (xml.compare(open, 2, "</") == 0) {
      --depth;
    } else if (xml[close - 1] != '/' && xml[open + 1] != '?' && xml[open + 1] != '!') {
      ++depth;
    }
    at = close + 1;
    if (depth <= 0) return at;
  }
  return std::string::npos;
}

// The start of a random element (a '<' that opens one), or npos.
std::size_t random_element(const std::string& xml, std::mt19937& random) {
  for (int attempt = 0; attempt < 16 && !xml.empty(); ++attempt) {
    const std::size_t at = xml.find('<', random() % xml.size());
    if (at == std::string::npos || at + 1 >= xml.size()) continue;
    const char next = xml[at + 1];
    if (next != '/' && next != '?' && next != '!') return at;
  }
  return std::string::npos;
}

// Swaps one number in an attribute value for an edge case of Word's grid and merge values.
bool edge_value(std::string& xml, std::mt19937& random) {
  static constexpr std::array<std::string_view, 8> kValues = {"0",  "1",    "-1",    "2",
                                                              "63", "1000", "65535", "2147483648"};
  if (xml.empty()) return false;
  const std::size_t quote = xml.find("=\"", random() % xml.size());
  if (quote == std::string::npos) return false;
  const std::size_t begin = quote + 2;
  const std::size_t end = xml.find('"', begin);
  if (end == std::string::npos) return false;
  xml.replace(begin, end - begin, kValues[random() % kValues.size()]);
  return true;
}

bool mutate_structure(std::string& xml, std::mt19937& random) {
  const std::size_t start = random_element(xml, random);
  if (start == std::string::npos) return false;
  const std::size_t end = element_end(xml, start);
  if (end == std::string::npos) return false;
  const std::string element = xml.substr(start, end - start);
  switch (random() % 5) {
    case 0:  // duplicated: another row, cell or paragraph
      xml.insert(end, element);
      return true;
    case 1:  // dropped
      xml.erase(start, end - start);
      return true;
    case 2: {  // moved elsewhere
      xml.erase(start, end - start);
      const std::size_t to = random_element(xml, random);
      xml.insert(to == std::string::npos ? xml.size() : to, element);
      return true;
    }
    case 3: {  // nested in itself, just inside its start tag (a table in a cell, a run in a run)
      const std::size_t inside = xml.find('>', start) + 1;
      if (inside >= end || xml[inside - 2] == '/') return false;
      xml.insert(inside, element);
      return true;
    }
    default:
      return edge_value(xml, random);
  }
}

}  // namespace

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size,
                                               std::size_t max_size, unsigned int seed) {
  std::mt19937 random(seed);
  std::string xml = document_xml(data, size);
  // One time in four a byte-level change (a broken tag, a stray entity), else a structural one.
  if (random() % 4 == 0 || !mutate_structure(xml, random)) {
    const std::size_t used = std::min(xml.size(), max_size);
    xml.resize(max_size);  // room for LLVMFuzzerMutate to grow the text
    xml.resize(LLVMFuzzerMutate(reinterpret_cast<std::uint8_t*>(xml.data()), used, max_size));
  }
  if (xml.size() > max_size) xml.resize(max_size);
  std::memcpy(data, xml.data(), xml.size());
  return xml.size();
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string xml = document_xml(data, size);
  const std::string path = package(xml);
  ogi::fuzz::run_extracted(path, ogi::extract_docx);
  return 0;
}

#include "extractors/common/pdf_xref_claims.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <string_view>

#include "extractors/extract_error.h"
#include "extractors/read_limits.h"

namespace ogi {
namespace {

constexpr std::size_t kChunkBytes = 1 << 20;
// Bytes kept from one chunk to the next, so a claim cut by a chunk boundary is read whole.
constexpr std::size_t kOverlapBytes = 256;
// xref table subsections followed from one header to the next; real files have a handful.
constexpr int kMaxSubsections = 10000;
// Bytes of one xref table entry ("0000000000 65535 f \n").
constexpr std::int64_t kXrefEntryBytes = 20;
// Larger numbers are clamped, so sums cannot overflow.
constexpr std::int64_t kHuge = std::int64_t{1} << 40;

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A non-negative integer at `*pos` after white space, or -1; `*pos` moves past it.
std::int64_t read_integer(std::string_view text, std::size_t* pos) {
  std::size_t at = *pos;
  while (at < text.size() && is_space(text[at])) ++at;
  if (at >= text.size() || !is_digit(text[at])) return -1;
  std::int64_t value = 0;
  while (at < text.size() && is_digit(text[at])) {
    value = std::min(kHuge, value * 10 + (text[at] - '0'));
    ++at;
  }
  *pos = at;
  return value;
}

// The integer ending just before `end` (white space between), or -1; `*start` gets its start.
std::int64_t integer_before(std::string_view text, std::size_t end, std::size_t* start) {
  std::size_t at = end;
  while (at > 0 && is_space(text[at - 1])) --at;
  const std::size_t digits_end = at;
  while (at > 0 && is_digit(text[at - 1])) --at;
  if (at == digits_end || digits_end - at > 15) return -1;
  *start = at;
  std::size_t pos = at;
  return read_integer(text, &pos);
}

class ClaimScanner {
 public:
  explicit ClaimScanner(const std::string& path) : path_(path) {}

  std::int64_t scan() {
    std::ifstream in(path_, std::ios::binary | std::ios::ate);
    // A chunk no larger than the file: a megabyte zeroed for a 100 KB report cost it 256 page
    // faults, a fifth of all that `ogi extract` takes on such a PDF.
    const auto file_size = static_cast<std::size_t>(std::max<std::streamoff>(in.tellg(), 0));
    in.seekg(0);
    std::string buffer;
    std::int64_t buffer_offset = 0;  // file offset of buffer[0]
    std::string chunk(std::min(kChunkBytes, file_size + 1), '\0');
    while (in) {
      in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
      const std::size_t got = static_cast<std::size_t>(in.gcount());
      if (got == 0) break;
      buffer.append(chunk.data(), got);
      const bool last = !in;
      const std::size_t end = last ? buffer.size() : buffer.size() - kOverlapBytes;
      const std::size_t begin = buffer_offset == 0 ? 0 : kOverlapBytes;
      if (end > begin) scan_window(buffer, begin, end, buffer_offset);
      if (last || buffer.size() <= 2 * kOverlapBytes) continue;
      const std::size_t keep = 2 * kOverlapBytes;
      buffer_offset += static_cast<std::int64_t>(buffer.size() - keep);
      buffer.erase(0, buffer.size() - keep);
    }
    return largest_;
  }

 private:
  void claim(std::int64_t count) { largest_ = std::max(largest_, std::min(count, kHuge)); }

  // Claims whose keyword starts in [begin, end) of `text`.
  void scan_window(std::string_view text, std::size_t begin, std::size_t end, std::int64_t offset) {
    for (std::size_t at = text.find("/Size", begin); at < end; at = text.find("/Size", at + 1)) {
      std::size_t pos = at + 5;
      const std::int64_t size = read_integer(text, &pos);
      if (size >= 0) claim(size);
    }
    for (std::size_t at = text.find("/Index", begin); at < end; at = text.find("/Index", at + 1)) {
      std::size_t pos = at + 6;
      while (pos < text.size() && is_space(text[pos])) ++pos;
      if (pos >= text.size() || text[pos] != '[') continue;
      ++pos;
      for (int pair = 0; pair < 64; ++pair) {
        const std::int64_t first = read_integer(text, &pos);
        const std::int64_t count = read_integer(text, &pos);
        if (first < 0 || count < 0) break;
        claim(first + count);
      }
    }
    for (std::size_t at = text.find("obj", begin); at < end; at = text.find("obj", at + 1)) {
      if (at == 0 || !is_space(text[at - 1])) continue;
      std::size_t generation_start = 0;
      if (integer_before(text, at, &generation_start) < 0) continue;
      std::size_t number_start = 0;
      const std::int64_t number = integer_before(text, generation_start, &number_start);
      if (number >= 0) claim(number + 1);
    }
    for (std::size_t at = text.find("xref", begin); at < end; at = text.find("xref", at + 1)) {
      if (at > 0 && text[at - 1] == 't') continue;  // "startxref"
      table_subsections(offset + static_cast<std::int64_t>(at) + 4);
    }
  }

  // Follows an xref table's subsection headers from `offset` (just after the keyword).
  void table_subsections(std::int64_t offset) {
    std::ifstream in(path_, std::ios::binary);
    for (int subsection = 0; subsection < kMaxSubsections && in; ++subsection) {
      in.seekg(offset);
      std::string head(64, '\0');
      in.read(head.data(), static_cast<std::streamsize>(head.size()));
      head.resize(static_cast<std::size_t>(in.gcount()));
      std::size_t pos = 0;
      const std::int64_t first = read_integer(head, &pos);
      const std::int64_t count = read_integer(head, &pos);
      if (first < 0 || count < 0) return;
      claim(first + count);
      while (pos < head.size() && is_space(head[pos]) && head[pos] != '\n') ++pos;
      if (pos < head.size() && head[pos] == '\n') ++pos;
      if (count >= kHuge / kXrefEntryBytes) return;
      offset += static_cast<std::int64_t>(pos) + count * kXrefEntryBytes;
      in.clear();
    }
  }

  std::string path_;
  std::int64_t largest_ = 0;
};

}  // namespace

std::int64_t largest_claimed_object(const std::string& path) { return ClaimScanner(path).scan(); }

void check_xref_claims(const std::string& path) {
  const std::int64_t claimed = largest_claimed_object(path);
  if (claimed > ReadLimits::kMaxPdfObjects) {
    throw ExtractError("pdf_xref_size", "the PDF claims " + std::to_string(claimed) +
                                            " objects, more than the " + "limit of " +
                                            std::to_string(ReadLimits::kMaxPdfObjects) +
                                            " (its cross-reference table would take gigabytes)");
  }
}

}  // namespace ogi

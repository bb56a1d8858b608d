#include "normalize/line_fold.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>

#include <cstdint>
#include <stdexcept>

#include "normalize/char_class.h"
#include "normalize/code_points.h"

namespace ogi {
namespace {

// How a character takes part in space folding.
enum class CharKind : uint8_t { kSpace, kDropped, kPunct, kCjk, kOther };

CharKind kind_of(char32_t c) {
  if (c < 0x80) {
    if (c == ' ' || c == '\t') return CharKind::kSpace;
    if (is_ascii_punct(c)) return CharKind::kPunct;
    return c < 0x20 || c == 0x7F ? CharKind::kDropped : CharKind::kOther;
  }
  if (c >= 0x4E00 && c <= 0x9FFF) return CharKind::kCjk;  // most of the text, no lookups
  if (is_dropped_char(c)) return CharKind::kDropped;
  if (is_inline_space(c)) return CharKind::kSpace;
  return is_cjk_char(c) ? CharKind::kCjk : CharKind::kOther;
}

bool is_significant(CharKind kind) { return kind == CharKind::kCjk || kind == CharKind::kOther; }

char32_t decode_at(std::string_view text, size_t& offset) {
  const auto byte = static_cast<unsigned char>(text[offset]);
  if (byte < 0x80) {
    ++offset;
    return byte;
  }
  return next_code_point(text, offset);
}

const icu::Normalizer2& nfkc() {
  static const icu::Normalizer2* const instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* normalizer = icu::Normalizer2::getNFKCInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU NFKC data unavailable");
    return normalizer;
  }();
  return *instance;
}

bool is_ascii(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// Kind of the first significant character at or after `offset`, skipping spaces, invisible
// characters and ASCII punctuation; kSpace when there is none. `offset` ends on that character.
CharKind next_significant(std::string_view text, size_t& offset) {
  while (offset < text.size()) {
    size_t next = offset;
    const CharKind kind = kind_of(decode_at(text, next));
    if (is_significant(kind)) return kind;
    offset = next;
  }
  return CharKind::kSpace;
}

// Kind of the last (or first) character of a folded line that is not ASCII punctuation.
CharKind edge_kind(std::string_view line, bool from_end) {
  CharKind kind = CharKind::kPunct;
  if (from_end) {
    for (size_t offset = line.size(); offset > 0 && kind == CharKind::kPunct;) {
      kind = kind_of(previous_code_point(line, offset));
    }
  } else {
    for (size_t offset = 0; offset < line.size() && kind == CharKind::kPunct;) {
      kind = kind_of(decode_at(line, offset));
    }
  }
  return kind;
}

}  // namespace

void LineFolder::append_folded(std::string_view line, std::string& out) {
  std::string_view text = line;
  if (!is_ascii(line)) {  // NFKC leaves ASCII unchanged
    nfkc_text_.clear();
    icu::StringByteSink<std::string> sink(&nfkc_text_);
    UErrorCode status = U_ZERO_ERROR;
    nfkc().normalizeUTF8(0, icu::StringPiece(line.data(), static_cast<int32_t>(line.size())), sink,
                         nullptr, status);
    if (U_SUCCESS(status)) text = nfkc_text_;
  }
  CharKind previous = CharKind::kSpace;  // last significant kind written
  // The next significant character after a space run, cached: runs separated only by
  // punctuation ("- - - -") would otherwise rescan the same stretch.
  size_t lookahead_at = 0;
  CharKind lookahead = CharKind::kSpace;
  bool lookahead_valid = false;
  bool wrote_any = false;
  size_t copy_from = 0;  // start of the bytes still to be copied verbatim
  size_t offset = 0;
  while (offset < text.size()) {
    const size_t start = offset;
    const CharKind kind = kind_of(decode_at(text, offset));
    if (kind != CharKind::kSpace && kind != CharKind::kDropped) {
      if (kind != CharKind::kPunct) previous = kind;
      wrote_any = true;
      continue;
    }
    out.append(text.substr(copy_from, start - copy_from));
    if (kind == CharKind::kSpace) {
      while (offset < text.size()) {  // the whole run, invisible characters included
        size_t next = offset;
        const CharKind run_kind = kind_of(decode_at(text, next));
        if (run_kind != CharKind::kSpace && run_kind != CharKind::kDropped) break;
        offset = next;
      }
      if (!lookahead_valid || offset > lookahead_at) {
        lookahead_at = offset;
        lookahead = next_significant(text, lookahead_at);
        lookahead_valid = true;
      }
      const bool at_edge = !wrote_any || offset == text.size();
      const bool next_to_cjk = previous == CharKind::kCjk || lookahead == CharKind::kCjk;
      if (!at_edge && !next_to_cjk) out.push_back(' ');
    }
    copy_from = offset;
  }
  out.append(text.substr(copy_from));
}

bool needs_join_space(std::string_view left, std::string_view right) {
  return edge_kind(left, true) != CharKind::kCjk && edge_kind(right, false) != CharKind::kCjk;
}

}  // namespace ogi

#include "normalize/line_fold.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

#include <cstdint>
#include <stdexcept>

#include "normalize/char_class.h"
#include "normalize/cjk_radicals.h"
#include "normalize/code_points.h"

namespace ogi {
namespace {

constexpr char32_t kReplacement = 0xFFFD;
constexpr std::string_view kReplacementUtf8 = "\xEF\xBF\xBD";

// How a character takes part in space folding. Punctuation and combining marks are looked
// through: a mark belongs to the character before it.
enum class CharKind : uint8_t { kSpace, kDropped, kPunct, kMark, kCjk, kOther };

CharKind kind_of(char32_t c) {
  if (c < 0x80) {
    if (c == ' ' || c == '\t') return CharKind::kSpace;
    if (is_ascii_punct(c)) return CharKind::kPunct;
    return c < 0x20 || c == 0x7F ? CharKind::kDropped : CharKind::kOther;
  }
  if (c >= 0x4E00 && c <= 0x9FFF) return CharKind::kCjk;  // most of the text, no lookups
  if (is_dropped_char(c)) return CharKind::kDropped;
  if (is_inline_space(c)) return CharKind::kSpace;
  if (U_GET_GC_MASK(static_cast<UChar32>(c)) & U_GC_M_MASK) return CharKind::kMark;
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

// End of the whitespace run that starts at `offset`, invisible characters included.
size_t skip_space_run(std::string_view text, size_t offset) {
  while (offset < text.size()) {
    size_t next = offset;
    const CharKind kind = kind_of(decode_at(text, next));
    if (kind != CharKind::kSpace && kind != CharKind::kDropped) break;
    offset = next;
  }
  return offset;
}

}  // namespace

std::string_view LineFolder::nfkc_of(std::string_view text) {
  if (is_ascii(text)) return text;  // NFKC leaves ASCII unchanged
  if (replace_cjk_radicals(text, radical_text_)) text = radical_text_;
  nfkc_text_.clear();
  icu::StringByteSink<std::string> sink(&nfkc_text_);
  UErrorCode status = U_ZERO_ERROR;
  nfkc().normalizeUTF8(0, icu::StringPiece(text.data(), static_cast<int32_t>(text.size())), sink,
                       nullptr, status);
  return U_SUCCESS(status) ? std::string_view(nfkc_text_) : text;
}

void LineFolder::append_folded(std::string_view line, std::string& out) {
  append_folded_nfkc(nfkc_of(line), out);
}

void LineFolder::append_folded_nfkc(std::string_view text, std::string& out) {
  const size_t out_start = out.size();
  bool removed_any = false;
  CharKind previous = CharKind::kSpace;  // last significant kind written
  // The next significant character after a space run, cached: runs separated only by
  // punctuation ("- - - -") would otherwise rescan the same stretch.
  size_t lookahead_at = 0;
  CharKind lookahead = CharKind::kSpace;
  size_t copy_from = 0;  // start of the bytes still to be copied verbatim
  for (size_t offset = 0; offset < text.size();) {
    const size_t start = offset;
    const char32_t c = decode_at(text, offset);
    const CharKind kind = kind_of(c);
    const bool ill_formed =
        c == kReplacement && text.substr(start, offset - start) != kReplacementUtf8;
    if (kind != CharKind::kSpace && kind != CharKind::kDropped && !ill_formed) {
      if (is_significant(kind)) previous = kind;
      continue;
    }
    out.append(text.substr(copy_from, start - copy_from));
    if (ill_formed) {  // copying the bytes would pass invalid UTF-8 on
      out.append(kReplacementUtf8);
      previous = kind;
    }
    removed_any = true;
    if (kind == CharKind::kSpace) {
      offset = skip_space_run(text, offset);
      if (lookahead_at < offset) {
        lookahead_at = offset;
        lookahead = next_significant(text, lookahead_at);
      }
      const bool at_edge = out.size() == out_start || offset == text.size();
      const bool next_to_cjk = previous == CharKind::kCjk || lookahead == CharKind::kCjk;
      if (!at_edge && !next_to_cjk) out.push_back(' ');
    }
    copy_from = offset;
  }
  out.append(text.substr(copy_from));
  // A removed character may have kept apart two characters that NFKC composes.
  if (removed_any) renormalize_tail(out, out_start);
}

void LineFolder::renormalize_tail(std::string& out, size_t start) {
  const std::string_view tail = std::string_view(out).substr(start);
  UErrorCode status = U_ZERO_ERROR;
  const icu::StringPiece piece(tail.data(), static_cast<int32_t>(tail.size()));
  if (is_ascii(tail) || nfkc().isNormalizedUTF8(piece, status) || U_FAILURE(status)) return;
  const std::string_view normalized = nfkc_of(tail);
  if (normalized.data() == tail.data()) return;
  const std::string copy(normalized);
  out.replace(start, std::string::npos, copy);
}

}  // namespace ogi

#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ogi {

// Byte decoding for the backends that read raw text (HTML pages, text dumps). Chinese government
// sites publish UTF-8 and the GB family; what a page declares is only a hint.

// ICU converter name for a declared charset label, or "" for a label not worth trusting. GB2312,
// GBK, CP936 and their aliases become GB18030: it is their superset, and pages labelled GB2312
// routinely use GBK-only characters.
std::string canonical_charset(std::string_view label);

struct ByteOrderMark {
  std::string charset;  // "UTF-8", "UTF-16LE", "UTF-16BE" or "" when there is none
  std::size_t length = 0;
};
ByteOrderMark detect_bom(std::string_view bytes);

bool is_valid_utf8(std::string_view bytes);
bool has_non_ascii(std::string_view bytes);

// `bytes` in `charset` as UTF-8, or nullopt when any sequence is invalid in that charset (the page
// lies about its encoding) or the charset is unknown to ICU.
std::optional<std::string> decode_strict(std::string_view bytes, const std::string& charset);

// The first of `candidates` that decodes `bytes` cleanly; when none does, the candidate that needs
// the fewest U+FFFD replacements (a page with a few stray bytes keeps its real encoding). `lossy`
// (optional) tells which happened.
std::string decode_first_clean(std::string_view bytes, const std::vector<std::string>& candidates,
                               bool* lossy = nullptr);

}  // namespace ogi

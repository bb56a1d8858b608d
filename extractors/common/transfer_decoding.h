#pragma once

#include <string>
#include <string_view>

namespace ogi {

// A MIME part's body as its bytes, from its Content-Transfer-Encoding: "base64" (characters
// outside the alphabet skipped, as mail readers do), "quoted-printable" (soft line breaks
// removed, a malformed escape kept as it is), anything else as it stands (7bit, 8bit, binary).
std::string decode_transfer(std::string_view body, std::string_view encoding);

// A URL's (or a data: URI's) %XX escapes decoded, as quoted-printable's =XX are; a malformed
// escape kept as it is.
std::string decode_percent_escapes(std::string_view text);

// The most bytes decode_transfer can give for a body of `encoded_bytes`, without decoding it.
std::size_t decoded_size_bound(std::size_t encoded_bytes, std::string_view encoding);

}  // namespace ogi

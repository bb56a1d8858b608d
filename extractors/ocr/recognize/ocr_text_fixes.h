#pragma once

#include <string>
#include <string_view>

namespace ogi {

// Repairs the brackets of enumeration markers that Chinese OCR models misread: "（六）" comes
// back as "《六)" or "(六〉", which no longer reads as a marker. Brackets are replaced one code
// point for one, so character boxes stay aligned.
std::string fix_enumeration_brackets(std::string_view text);

}  // namespace ogi

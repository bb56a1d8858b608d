#pragma once

#include <string>
#include <string_view>

namespace ogi {

// The charset a page declares: <meta charset>, <meta http-equiv="Content-Type" content="…;
// charset=…"> or an XML declaration, searched in the first bytes as browsers do. "" if none.
std::string declared_html_charset(std::string_view bytes);

// A page's bytes as UTF-8 (BOM removed). The BOM decides when there is one. Otherwise valid UTF-8
// with non-ASCII text is taken as UTF-8 whatever the page declares, then the charset the page
// came with (`transport_charset`: a web archive part's Content-Type, as HTTP's for a browser),
// then the one it declares, then GB18030: a page that lies about its encoding fails strict
// decoding and falls through to the next candidate. `lossy` is set when no candidate decoded
// cleanly.
std::string html_to_utf8(std::string_view bytes, bool* lossy = nullptr,
                         std::string_view transport_charset = {});

}  // namespace ogi

#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ogi {

// The header block of a MIME message or part (RFC 5322 fields, folded lines unfolded).
class MimeHeaders {
 public:
  // Parses the fields before the first empty line of `text`; `*body_start` (optional) is set to
  // where the body begins (text.size() when there is no empty line).
  static MimeHeaders parse(std::string_view text, std::size_t* body_start = nullptr);

  // The first field of that name, compared ignoring ASCII case; its value trimmed.
  std::optional<std::string> field(std::string_view name) const;
  // The field's value before its first ';', lower-cased ("multipart/related").
  std::string media_value(std::string_view name) const;
  // A parameter of the field (`boundary`, `charset`, `start`), unquoted; "" when absent.
  std::string parameter(std::string_view name, std::string_view parameter) const;

 private:
  std::vector<std::pair<std::string, std::string>> fields_;  // lower-cased name, value
};

// Whether `head`, a file's first bytes, is a MIME message whose body is multipart: how .mht and
// .mhtml web archives start (browsers and Word write "MIME-Version" and a multipart
// "Content-Type" among the first header fields).
bool looks_like_mime_archive(std::string_view head);

}  // namespace ogi

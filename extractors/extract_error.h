#pragma once

#include <stdexcept>
#include <string>

namespace ogi {

// Thrown by an extractor when a file cannot be read at all. `code` is a stable ASCII word for the
// record's `errors` (not_a_zip, missing_part, xml_entity, encrypted, empty_file, unsupported, ...);
// the message says the reason in words and never includes file content.
class ExtractError : public std::runtime_error {
 public:
  ExtractError(std::string code, const std::string& message)
      : std::runtime_error(message), code_(std::move(code)) {}
  const std::string& code() const { return code_; }

 private:
  std::string code_;
};

}  // namespace ogi

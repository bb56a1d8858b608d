#pragma once

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <utility>

#include "tests/support/batch_test_support.h"

namespace ogi::testing {

// Debian's Chromium (.ci/install-deps), run headless as a user would open a file:// page: as
// root it needs --no-sandbox. Each run gets its own profile folder so tests can run side by side.
inline constexpr const char* kChromium = "/usr/bin/chromium";

// The DOM of `url` after its scripts ran (and a few seconds of virtual time passed), as
// Chromium serialises it; "" when Chromium failed.
inline std::string browser_dom(const std::string& url, const std::filesystem::path& scratch) {
  std::filesystem::create_directories(scratch);
  const std::string out = (scratch / "dom.html").string();
  const pid_t pid = spawn_program(kChromium,
                                  {"--headless", "--no-sandbox", "--disable-gpu",
                                   "--user-data-dir=" + (scratch / "profile").string(),
                                   "--virtual-time-budget=3000", "--dump-dom", url},
                                  {}, (scratch / "chromium.err").string(), out);
  if (wait_for_at_most(pid, 180) != 0) return "";
  return read_bytes(out);
}

// One element of a dumped DOM found by its id: its start tag's attributes and its text (child
// tags removed, entities left as Chromium wrote them).
struct DomElement {
  bool found = false;
  std::string attributes;
  std::string text;

  // The value of attribute `name`; "" when absent.
  std::string attribute(const std::string& name) const {
    const std::string marker = " " + name + "=\"";
    const size_t at = attributes.find(marker);
    if (at == std::string::npos) return "";
    const size_t from = at + marker.size();
    return attributes.substr(from, attributes.find('"', from) - from);
  }
  bool has_attribute(const std::string& name) const {
    return (attributes + " ").find(" " + name + " ") != std::string::npos ||
           attributes.find(" " + name + "=") != std::string::npos;
  }
};

inline DomElement dom_element(const std::string& dom, const std::string& tag,
                              const std::string& id) {
  DomElement element;
  const std::string id_attribute = " id=\"" + id + "\"";
  size_t start = std::string::npos;
  for (size_t at = dom.find(id_attribute); at != std::string::npos;
       at = dom.find(id_attribute, at + 1)) {
    const size_t open = dom.rfind('<', at);
    if (open != std::string::npos && dom.compare(open + 1, tag.size() + 1, tag + " ") == 0) {
      start = open;
      break;
    }
  }
  if (start == std::string::npos) return element;
  const size_t tag_end = dom.find('>', start);
  element.found = true;
  element.attributes = dom.substr(start + 1 + tag.size(), tag_end - start - 1 - tag.size());
  const size_t close = dom.find("</" + tag + ">", tag_end);
  bool in_tag = false;
  for (size_t i = tag_end + 1; i < close && i < dom.size(); ++i) {
    if (dom[i] == '<') in_tag = true;
    if (!in_tag) element.text += dom[i];
    if (dom[i] == '>') in_tag = false;
  }
  return element;
}

// A PNG's width and height from its IHDR chunk; {0, 0} when the file is no PNG.
inline std::pair<int, int> png_size(const std::filesystem::path& file) {
  const std::string bytes = read_bytes(file);
  if (bytes.size() < 24 || bytes.compare(1, 3, "PNG") != 0) return {0, 0};
  auto number = [&](size_t at) {
    std::uint32_t value = 0;
    for (size_t i = 0; i < 4; ++i) value = value << 8 | static_cast<unsigned char>(bytes[at + i]);
    return static_cast<int>(value);
  };
  return {number(16), number(20)};
}

}  // namespace ogi::testing

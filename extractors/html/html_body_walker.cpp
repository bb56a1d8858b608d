#include "extractors/html/html_body_walker.h"

#include <string>

#include "extractors/common/dom_walk.h"
#include "extractors/common/site_chrome.h"
#include "extractors/common/xml_nodes.h"
#include "extractors/html/html_elements.h"
#include "extractors/html/html_table.h"
#include "extractors/html/html_text.h"

namespace ogi {
namespace {

// Tables inside this many tables are looked through unread: deciding reads the whole subtree, and
// hostile nesting must neither make the walk quadratic nor recurse deeply.
constexpr int kMaxLayoutTableDepth = 16;
// Images smaller than this (by their declared size) are icons and bullets, not tables.
constexpr int kMinContentImagePixels = 48;

std::string_view trimmed(std::string_view text) {
  const auto is_space = [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; };
  while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
  return text;
}

// Only spaces, no-break spaces (U+00A0) and ideographic spaces (U+3000).
bool is_blank(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] == ' ') {
      ++i;
    } else if (text.substr(i).starts_with("\xC2\xA0")) {
      i += 2;
    } else if (text.substr(i).starts_with("\xE3\x80\x80")) {
      i += 3;
    } else {
      return false;
    }
  }
  return true;
}

bool is_icon(const xmlNode* image) {
  const int width = integer_attribute(image, "width", kMinContentImagePixels);
  const int height = integer_attribute(image, "height", kMinContentImagePixels);
  return width < kMinContentImagePixels || height < kMinContentImagePixels;
}

class BodyWalker {
 public:
  explicit BodyWalker(Document& document) : document_(document) {}

  HtmlBodyStats walk(const xmlNode* body) {
    walk_subtree(
        body, [this](const xmlNode* node) { return enter(node); },
        [this](const xmlNode* node) { leave(node); });
    flush();
    return stats_;
  }

 private:
  bool enter(const xmlNode* node) {
    if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE) {
      append_html_text(node, preformatted_ > 0, pending_);
      return false;
    }
    if (node->type != XML_ELEMENT_NODE || is_skipped_element(node)) return false;
    if (is_html_element(node, "br")) {
      flush();
      return false;
    }
    if (is_html_element(node, "img")) {
      if (!is_icon(node)) stats_.content_images.push_back(attribute(node, "src").value_or(""));
      return false;
    }
    if (is_html_element(node, "table")) return enter_table(node);
    if (is_block_element(node)) flush();
    if (is_html_element(node, "pre")) ++preformatted_;
    return true;
  }

  void leave(const xmlNode* node) {
    if (is_html_element(node, "pre")) --preformatted_;
    if (is_html_element(node, "table")) --layout_depth_;
    if (is_block_element(node)) flush();
  }

  // A data table is taken whole (tables inside it follow it); a layout table is entered like a
  // <div>.
  bool enter_table(const xmlNode* node) {
    flush();
    if (layout_depth_ < kMaxLayoutTableDepth) {
      HtmlTable table = read_html_table(node);
      if (!is_layout_table(table)) {
        document_.add_table(std::move(table.grid));
        ++layout_depth_;
        for (const xmlNode* nested : table.nested_tables) walk_nested(nested);
        --layout_depth_;
        return false;
      }
    }
    ++layout_depth_;
    return true;
  }

  void walk_nested(const xmlNode* table) {
    walk_subtree(
        table, [this](const xmlNode* node) { return enter(node); },
        [this](const xmlNode* node) { leave(node); });
    flush();
  }

  void flush() {
    const std::string_view text = trimmed(pending_);
    if (!is_blank(text) && !is_site_chrome_line(text)) {
      Paragraph paragraph;
      paragraph.text = std::string(text);
      document_.add_paragraph(std::move(paragraph));
    }
    pending_.clear();
  }

  Document& document_;
  HtmlBodyStats stats_;
  std::string pending_;
  int preformatted_ = 0;
  int layout_depth_ = 0;
};

}  // namespace

HtmlBodyStats append_html_body(const xmlNode* body, Document& document) {
  return BodyWalker(document).walk(body);
}

}  // namespace ogi

#include "extractors/docx/paragraph_text.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "extractors/common/xml_nodes.h"
#include "extractors/docx/wordml.h"

namespace ogi {
namespace {

using wordml::is_w;

// Inline containers whose children are read as if they were the paragraph's own.
bool is_transparent_container(const xmlNode* node) {
  static constexpr std::string_view kContainers[] = {"hyperlink", "smartTag",  "customXml", "ins",
                                                     "moveTo",    "fldSimple", "dir",       "bdo"};
  return std::any_of(std::begin(kContainers), std::end(kContainers),
                     [node](std::string_view local) { return is_w(node, local); });
}

class ParagraphTextCollector {
 public:
  std::string collect(const xmlNode* paragraph) {
    visit_children(paragraph);
    return std::move(text_);
  }

 private:
  void visit_children(const xmlNode* parent) {
    for (const xmlNode* child : element_children(parent)) visit(child);
  }

  void visit(const xmlNode* node) {
    if (is_w(node, "r")) {
      visit_run(node);
    } else if (is_w(node, "sdt")) {
      visit_children(wordml::w_child(node, "sdtContent"));
    } else if (wordml::is_alternate_content(node)) {
      visit_children(wordml::chosen_alternate(node));
    } else if (is_transparent_container(node)) {
      visit_children(node);
    }
    // Everything else (w:del, w:moveFrom, w:pPr, bookmarks, comments, math) prints nothing here.
  }

  void visit_run(const xmlNode* run) {
    const xmlNode* properties = wordml::w_child(run, "rPr");
    const bool hidden = wordml::w_toggle(wordml::w_child(properties, "vanish"));
    visit_run_content(run, hidden);
  }

  void visit_run_content(const xmlNode* parent, bool hidden) {
    for (const xmlNode* child : element_children(parent)) {
      if (is_w(child, "fldChar")) {
        on_field_char(child);
      } else if (wordml::is_alternate_content(child)) {
        visit_run_content(wordml::chosen_alternate(child), hidden);
      } else if (!hidden && !in_field_instruction()) {
        append_run_item(child);
      }
    }
  }

  void append_run_item(const xmlNode* item) {
    if (is_w(item, "t")) {
      text_ += text_content(item);
    } else if (is_w(item, "tab") || is_w(item, "ptab")) {
      text_ += '\t';
    } else if (is_w(item, "br") || is_w(item, "cr")) {
      text_ += '\n';
    } else if (is_w(item, "noBreakHyphen")) {
      text_ += '-';
    }
    // w:delText, w:instrText, w:softHyphen, w:sym, drawings: not printed as text.
  }

  // Complex fields: begin, instruction runs, separate, result runs, end. Fields nest.
  void on_field_char(const xmlNode* field_char) {
    const std::string type = wordml::w_attr(field_char, "fldCharType").value_or("");
    if (type == "begin") {
      field_in_result_.push_back(false);
    } else if (type == "separate" && !field_in_result_.empty()) {
      field_in_result_.back() = true;
    } else if (type == "end" && !field_in_result_.empty()) {
      field_in_result_.pop_back();
    }
  }

  bool in_field_instruction() const {
    return std::find(field_in_result_.begin(), field_in_result_.end(), false) !=
           field_in_result_.end();
  }

  std::string text_;
  std::vector<bool> field_in_result_;  // per open field: past its separator?
};

}  // namespace

std::string paragraph_text(const xmlNode* paragraph) {
  return ParagraphTextCollector().collect(paragraph);
}

bool is_blank_text(std::string_view text) {
  static constexpr std::string_view kNoBreakSpace = "\xC2\xA0";
  static constexpr std::string_view kIdeographicSpace = "\xE3\x80\x80";
  while (!text.empty()) {
    if (text.front() == ' ' || text.front() == '\t' || text.front() == '\n' ||
        text.front() == '\r') {
      text.remove_prefix(1);
    } else if (text.starts_with(kNoBreakSpace)) {
      text.remove_prefix(kNoBreakSpace.size());
    } else if (text.starts_with(kIdeographicSpace)) {
      text.remove_prefix(kIdeographicSpace.size());
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace ogi

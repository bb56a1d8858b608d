#include "extractors/html/html_extractor.h"

#include "extractors/common/xml_nodes.h"
#include "extractors/extract_error.h"
#include "extractors/file_probe.h"
#include "extractors/html/html_body_walker.h"
#include "extractors/html/html_elements.h"
#include "extractors/html/html_encoding.h"
#include "extractors/html/html_parse.h"
#include "extractors/ocr_module/table_pictures.h"
#include "extractors/read_limits.h"

namespace ogi {
namespace {

// Report pages are well under 1 MB; far beyond this is not a report page.
constexpr std::uintmax_t kMaxPageBytes = 64u << 20;

// <body>, or the root when the parser kept no body (a fragment).
const xmlNode* page_body(const XmlDocument& page) {
  const xmlNode* root = page.root();
  for (const xmlNode* child : element_children(root)) {
    if (is_html_element(child, "body")) return child;
  }
  return root;
}

// A data: URI decoded here, any other src from `fetch`.
void read_page_pictures(Document& document, const std::vector<std::string>& sources,
                        const PictureFetch& fetch) {
  std::vector<std::string> names;
  for (const std::string& src : sources) names.push_back(picture_name(src));
  read_table_pictures(document, names, [&](size_t index) {
    const std::string& src = sources[index];
    if (is_data_uri(src)) return data_uri_bytes(src);
    if (!fetch) throw ExtractError("picture_refused", "a picture outside the page");
    return fetch(src);
  });
}

}  // namespace

Document extract_html(const std::string& path) {
  const std::uintmax_t size = readable_file_size(path);
  if (size == 0) throw ExtractError("empty_file", "the file is empty");
  if (size > kMaxPageBytes) throw ExtractError("too_large", "the page is larger than 64 MiB");
  return read_html_page(read_file_head(path, static_cast<std::size_t>(size)), {},
                        [&path](const std::string& src) { return picture_beside_page(path, src); });
}

Document read_html_page(std::string_view bytes, std::string_view transport_charset,
                        const PictureFetch& fetch) {
  bool lossy = false;
  const std::string utf8 = html_to_utf8(bytes, &lossy, transport_charset);
  bool cut_short = false;
  const XmlDocument page = parse_html(utf8, &cut_short);

  Document document;
  document.format = "html";
  if (cut_short) {
    note_limit(document, "html_element_limit",
               "the page has more than " + std::to_string(ReadLimits::kMaxHtmlElements) +
                   " elements; it was read up to there");
  }
  if (lossy) {
    document.issues.push_back({"encoding", "页面编码无法完整识别，部分字符已替换为U+FFFD"});
  }
  const HtmlBodyStats stats = append_html_body(page_body(page), document);
  read_page_pictures(document, stats.content_images, fetch);
  return document;
}

}  // namespace ogi

#pragma once

// Small files that demand huge work, one per limit of extractors/read_limits.h, made at test time
// (the large ones are written to a ScratchDir and deleted with it). Figures in the comments are
// what each cost `ogi extract` before the limits (issue 14).
#include <zlib.h>

#include <cstdint>
#include <fstream>
#include <string>
#include <vector>

#include "tests/support/zip_writer.h"

namespace ogi::testing {

// `data` deflated, as a PDF stream object's body.
inline std::string pdf_stream(const std::string& data) {
  uLongf size = compressBound(data.size());
  std::string packed(size, '\0');
  compress2(reinterpret_cast<Bytef*>(packed.data()), &size,
            reinterpret_cast<const Bytef*>(data.data()), data.size(), 9);
  packed.resize(size);
  return "<</Length " + std::to_string(packed.size()) + "/Filter/FlateDecode>>stream\n" + packed +
         "\nendstream";
}

// A PDF of the given objects (numbered from 1, object 1 the catalog) with a correct xref table.
inline std::string pdf_of(const std::vector<std::string>& objects) {
  std::string out = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(out.size());
    out += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = out.size();
  out += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (std::size_t offset : offsets) {
    char line[32];
    std::snprintf(line, sizeof line, "%010zu 00000 n \n", offset);
    out += line;
  }
  out += "trailer\n<</Size " + std::to_string(objects.size() + 1) + "/Root 1 0 R>>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return out;
}

// One A4 page drawing `content` (2.4 KB for a million `q`: 33 s and 5.4 GB before), with the
// page's `resources` (the body of its /Resources dictionary, none when empty) and the `objects`
// they name, numbered from 5 0 R on.
inline std::string one_page_pdf(const std::string& content, const std::string& resources = "",
                                const std::vector<std::string>& objects = {}) {
  std::vector<std::string> all = {
      "<</Type/Catalog/Pages 2 0 R>>", "<</Type/Pages/Kids[3 0 R]/Count 1>>",
      "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R" +
          (resources.empty() ? std::string() : "/Resources<<" + resources + ">>") + ">>",
      pdf_stream(content)};
  all.insert(all.end(), objects.begin(), objects.end());
  return pdf_of(all);
}

inline std::string repeated(const std::string& unit, std::size_t times) {
  std::string out;
  out.reserve(unit.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += unit;
  return out;
}

// One page drawing a form that draws the next form `per_level` times, `levels` deep: 20^8 = 25
// billion operators in 1.9 KB, each stream too short for Poppler to ask its abort callback (over
// 40 s, no end, before).
inline std::string nested_forms_pdf(int levels, int per_level) {
  std::vector<std::string> forms;
  for (int level = 0; level < levels; ++level) {
    const bool last = level + 1 == levels;
    const std::string resources =
        last ? "" : "/Resources<</XObject<</X " + std::to_string(6 + level) + " 0 R>>>>";
    std::string form = pdf_stream(last ? "0 0 m 10 10 l S" : repeated("/X Do\n", per_level));
    form.insert(2, "/Type/XObject/Subtype/Form/BBox[0 0 595 842]" + resources);
    forms.push_back(form);
  }
  return one_page_pdf("/X Do", "/XObject<</X 5 0 R>>", forms);
}

// One page filled with a tiling pattern of 0.02-point cells: 1.25 billion tiles when rendered
// for OCR, with "Bogus memory allocation size" printed by Poppler (over 40 s before).
inline std::string tiling_pattern_pdf() {
  std::string pattern = pdf_stream("0 0 0.01 0.01 re f");
  pattern.insert(2,
                 "/Type/Pattern/PatternType 1/PaintType 1/TilingType 1/BBox[0 0 0.02 0.02]"
                 "/XStep 0.02/YStep 0.02/Resources<<>>");
  return one_page_pdf("/Pattern cs /P1 scn 0 0 595 842 re f", "/Pattern<</P1 5 0 R>>", {pattern});
}

// One page drawing an image that claims 60 000 x 60 000 grey pixels and holds none (12 s of
// downsampling when rendered for OCR before).
inline std::string empty_huge_image_pdf() {
  std::string image = pdf_stream("");
  image.insert(2,
               "/Type/XObject/Subtype/Image/Width 60000/Height 60000/ColorSpace/DeviceGray"
               "/BitsPerComponent 8");
  return one_page_pdf("q 595 0 0 842 0 0 cm /I Do Q", "/XObject<</I 5 0 R>>", {image});
}

// `pages` pages sharing one content stream with a line of `text`: a text-layer page, or with
// fewer than 10 characters a page that goes to OCR.
inline std::string many_pages_pdf(int pages,
                                  const std::string& text = "One page of a long document.") {
  std::string kids;
  for (int i = 0; i < pages; ++i) kids += std::to_string(5 + i) + " 0 R ";
  std::vector<std::string> objects = {
      "<</Type/Catalog/Pages 2 0 R>>",
      "<</Type/Pages/Kids[" + kids + "]/Count " + std::to_string(pages) + ">>",
      "<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
      pdf_stream("BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET 72 700 m 500 700 l S")};
  for (int i = 0; i < pages; ++i) {
    objects.push_back(
        "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R"
        "/Resources<</Font<</F1 3 0 R>>>>>>");
  }
  return pdf_of(objects);
}

// 250 bytes whose xref table's subsection claims fifty million objects.
inline std::string xref_bomb_pdf() {
  std::string pdf = one_page_pdf("");
  const std::size_t header = pdf.find("xref\n0 ");
  const std::size_t end = pdf.find('\n', header + 5);
  return pdf.replace(header + 5, end - header - 5, "0 50000000");
}

// An HTML table of `rows` rows of 20 cells (600 000 rows: 63 MB, 12 M cells; 47 s, 5.5 GB).
inline void write_cells_html(const std::string& path, int rows) {
  std::ofstream out(path, std::ios::binary);
  out << "<html><body><table>";
  const std::string row = "<tr>" + repeated("<td>1", 20) + "\n";
  for (int i = 0; i < rows; ++i) out << row;
}

// A text dump of `rows` pipe rows of 20 cells (900 000 rows: 38 MB; over 60 s, 4.3 GB).
inline void write_pipe_rows(const std::string& path, int rows) {
  std::ofstream out(path, std::ios::binary);
  const std::string row = "|" + repeated("1|", 20) + "\n";
  for (int i = 0; i < rows; ++i) out << row;
}

inline std::string word_document(const std::string& body) {
  return "<?xml version=\"1.0\"?><w:document xmlns:w=\""
         "http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
         body + "</w:body></w:document>";
}

// A DOCX whose document.xml holds `elements` empty paragraphs (10 M in 128 KB: 12 s, 1.4 GB).
inline void write_elements_docx(const std::string& path, std::size_t elements) {
  write_zip(path, {{"word/document.xml", word_document(repeated("<w:p/>", elements))}});
}

// A DOCX whose content controls nest `depth` deep (reported as malformed XML before).
inline void write_deep_docx(const std::string& path, int depth) {
  write_zip(path,
            {{"word/document.xml", word_document(repeated("<w:sdt><w:sdtContent>", depth) +
                                                 repeated("</w:sdtContent></w:sdt>", depth))}});
}

inline void put_be(std::string& out, std::uint32_t value) {
  for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((value >> shift) & 0xFF);
}

inline std::string png_chunk(const std::string& type, const std::string& body) {
  std::string out;
  put_be(out, static_cast<std::uint32_t>(body.size()));
  out += type + body;
  const std::string typed = type + body;
  put_be(out, crc32(0L, reinterpret_cast<const Bytef*>(typed.data()), typed.size()));
  return out;
}

// A white RGB PNG of width × height pixels that are really there (a few hundred KB deflated).
inline std::string white_png(std::uint32_t width, std::uint32_t height) {
  std::string header;
  put_be(header, width);
  put_be(header, height);
  header += std::string("\x08\x02\x00\x00\x00", 5);  // 8-bit RGB
  std::string row(1 + 3 * static_cast<std::size_t>(width), '\xFF');
  row[0] = '\0';  // filter: none
  z_stream stream{};
  deflateInit(&stream, 9);
  std::string packed;
  std::string buffer(1 << 16, '\0');
  for (std::uint32_t y = 0; y < height; ++y) {
    stream.next_in = reinterpret_cast<Bytef*>(row.data());
    stream.avail_in = static_cast<uInt>(row.size());
    const int flush = y + 1 == height ? Z_FINISH : Z_NO_FLUSH;
    do {
      stream.next_out = reinterpret_cast<Bytef*>(buffer.data());
      stream.avail_out = static_cast<uInt>(buffer.size());
      deflate(&stream, flush);
      packed.append(buffer.data(), buffer.size() - stream.avail_out);
    } while (stream.avail_out == 0);
  }
  deflateEnd(&stream);
  return "\x89PNG\r\n\x1a\n" + png_chunk("IHDR", header) + png_chunk("IDAT", packed) +
         png_chunk("IEND", "");
}

// One page of 200 × 200 inches with a line across: rendered for OCR at 300 dpi it would be 3.6
// gigapixels.
inline std::string huge_page_pdf() {
  return pdf_of({"<</Type/Catalog/Pages 2 0 R>>", "<</Type/Pages/Kids[3 0 R]/Count 1>>",
                 "<</Type/Page/Parent 2 0 R/MediaBox[0 0 14400 14400]/Contents 4 0 R>>",
                 pdf_stream("0 0 m 14400 14400 l S")});
}

inline void put_le(std::string& out, std::uint32_t value, int bytes) {
  for (int i = 0; i < bytes; ++i) out += static_cast<char>((value >> (8 * i)) & 0xFF);
}

// A little-endian TIFF of `pages` white 1-bit pages of side × side pixels, all sharing one strip,
// without a resolution (so each page is enlarged to A4 at 300 dpi for OCR). 10 000 pages were
// OCR'd one by one, with no end.
inline std::string many_pages_tiff(int pages, std::uint32_t side) {
  const std::uint32_t strip_bytes = (side + 7) / 8 * side;
  std::string out = "II*";
  out += '\0';
  put_le(out, 8 + strip_bytes + 16, 4);   // first IFD after the strip and the resolution
  out += std::string(strip_bytes, '\0');  // 0 is white (WhiteIsZero)
  const std::uint32_t resolution = 8 + strip_bytes;
  put_le(out, 300, 4);
  put_le(out, 1, 4);
  put_le(out, 300, 4);
  put_le(out, 1, 4);
  struct Entry {
    std::uint16_t tag, type;
    std::uint32_t value;
  };
  const std::vector<Entry> entries = {{256, 4, side},       {257, 4, side},
                                      {258, 3, 1},          {259, 3, 1},
                                      {262, 3, 0},          {273, 4, 8},
                                      {278, 4, side},       {279, 4, strip_bytes},
                                      {282, 5, resolution}, {283, 5, resolution + 8},
                                      {296, 3, 2}};
  for (int page = 0; page < pages; ++page) {
    const std::uint32_t next =
        page + 1 < pages ? static_cast<std::uint32_t>(out.size() + 2 + 12 * entries.size() + 4) : 0;
    put_le(out, static_cast<std::uint32_t>(entries.size()), 2);
    for (const Entry& entry : entries) {
      put_le(out, entry.tag, 2);
      put_le(out, entry.type, 2);
      put_le(out, 1, 4);
      put_le(out, entry.value, 4);
    }
    put_le(out, next, 4);
  }
  return out;
}

}  // namespace ogi::testing

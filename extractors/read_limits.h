#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "model/document.h"

namespace ogi {

// Every bound on the work one input may cause, in one place, so that `ogi extract` alone (not only
// a batch worker under its --timeout/--max-memory) reads any file in bounded time and memory. A
// report is at most ~50 pages, a few hundred table cells, a few tens of thousands of XML elements;
// each limit sits one to two orders of magnitude above what the development set and the real
// seeds need, and below what the hostile inputs of issue 14 demand (a 2.9 KB PDF of a million `q`
// operators: 33 s, 5.4 GB before). Each limit has its own code (README, "Limits"): a limit that
// stops reading part of a file adds that code to the record's `errors` with the file's figures and
// keeps what was read; a limit that makes the file unreadable throws ExtractError with it.
struct ReadLimits {
  // Pages of a PDF or frames of a TIFF that are read; the rest are skipped (`page_limit`).
  static constexpr int kMaxPages = 100;
  // Pages of one file that go through OCR (each costs 0.5-2 s); the others are left unread
  // (`ocr_page_limit`).
  static constexpr int kMaxOcrPages = 50;
  // Scanned pages read by OCR without one Chinese character before the file's other scanned pages
  // are skipped (`ocr_no_text`): a Chinese report's first pages always carry its title and
  // headings, and 2 000 blank pages would otherwise cost 50 pages of OCR (13 s).
  static constexpr int kOcrPagesWithoutChinese = 5;
  // Content-stream operators executed for one PDF page, forms included; the page's drawing stops
  // there (`pdf_operator_limit`). The development set's PDFs run at most 12 000 a page and 26 000
  // a document (Chromium prints); Poppler runs about a million simple ones a second.
  static constexpr std::int64_t kMaxPageOperators = 500'000;
  // The same over a whole document, so 100 pages of 499 999 operators do not add up to minutes.
  static constexpr std::int64_t kMaxDocumentOperators = 3'000'000;
  // Graphics states saved (`q`) and not yet restored: each copies the whole state (~5 KB in
  // Poppler), and real pages nest fewer than 20 (`pdf_operator_limit`).
  static constexpr int kMaxSavedStates = 1'000;
  // Form XObjects drawn on one page and in the document (`pdf_operator_limit`): Poppler asks the
  // abort callback only after 10 operators in one stream, so forms of a few operators each, nested
  // 8 deep and drawn 20 times a level (1.9 KB), ran 25 billion operators unchecked. Real pages
  // draw a handful of forms.
  static constexpr std::int64_t kMaxPageForms = 10'000;
  static constexpr std::int64_t kMaxDocumentForms = 50'000;
  // Tiles of one tiling-pattern fill when a page is rendered for OCR (`pdf_operator_limit`): a
  // pattern of 0.02-point cells over an A4 page is 1.25 billion tiles, each drawn as a form by
  // a loop Poppler never interrupts (over 40 s). A report's hatching has a few thousand.
  static constexpr std::int64_t kMaxPatternTiles = 100'000;
  // Pixels of one image embedded in a PDF page rendered for OCR (`pdf_operator_limit`): Splash
  // reads every pixel an image claims to scale it down, data or not (60 000 x 60 000 with no
  // data: 12 s). A3 scanned at 600 dpi is 70 MP.
  static constexpr std::int64_t kMaxEmbeddedImagePixels = 100'000'000;
  // Object numbers a PDF may claim (xref /Size, subsection ranges, `N 0 obj` headers): Poppler
  // allocates an entry for every number up to the largest claimed (`pdf_xref_size`).
  static constexpr std::int64_t kMaxPdfObjects = 2'000'000;
  // Elements of one XML part of a DOCX, and their nesting (`xml_element_limit`,
  // `xml_too_deep`). libxml2 builds ~140 bytes per element; a long report has ~100 000.
  static constexpr std::int64_t kMaxXmlElements = 500'000;
  static constexpr int kMaxXmlDepth = 200;
  // Elements of an HTML page; the page is read up to there (`html_element_limit`).
  static constexpr std::int64_t kMaxHtmlElements = 200'000;
  // Table cells of one document (HTML, DOCX, text dump); further rows are dropped
  // (`table_cell_limit`). The national template has about 250 cells.
  static constexpr std::int64_t kMaxTableCells = 200'000;
  // A text-dump line longer than this is cut there (`text_line_limit`): a report's table row is
  // a few hundred bytes.
  static constexpr std::size_t kMaxTextLineBytes = 64 * 1024;
  // Paragraphs of a document, and their text in all (`text_limit`): the body is read up to
  // there. A report has a few hundred paragraphs and well under 1 MB of text; 100 000 lines of a
  // 54 MB text dump took 9 s and 409 MB of normalizing and label matching.
  static constexpr std::size_t kMaxParagraphs = 20'000;
  static constexpr std::size_t kMaxDocumentTextBytes = 4u << 20;
  // Pixels of one page image as decoded (`image_too_large`): A4 at 600 dpi is 35 MP. A white
  // 62 MP RGB page reached 449 MB through decoding and OCR; 40 MP stays near 300 MB.
  static constexpr double kMaxPagePixels = 40e6;
  // Pixels of a PDF page rendered for OCR: A2 at 300 dpi is 35 MP. A larger page is rendered at a
  // lower dpi instead (no error); at 64 MP the OCR's copies of a 200-inch page reached 465 MB.
  static constexpr double kMaxRenderedPixels = 36e6;
  // Office files (.doc, .wps, .rtf, .odt) are converted to DOCX by LibreOffice, a program of its
  // own: bytes of the file (`office_too_large`; reports are well under 1 MB, pictures included),
  // seconds a conversion may take before its process group is killed (`conversion_timeout`; a
  // report takes 3-7 s of CPU, 40-60 s on this VM when four builds share its two cores) and the
  // address space it may map (RLIMIT_AS; a report's conversion peaks near 210 MB resident and
  // works under 1.5 GB of address space; over it, `conversion_failed`).
  static constexpr std::uintmax_t kMaxOfficeFileBytes = 64u << 20;
  static constexpr int kMaxConversionSeconds = 100;
  static constexpr std::uint64_t kMaxConverterAddressSpace = std::uint64_t{3} << 30;
  // Groups of an RTF file nested inside each other, checked before LibreOffice sees the file
  // (`rtf_too_deep`): Word's and WPS's RTF nest fewer than 20.
  static constexpr int kMaxRtfGroupDepth = 200;
  // A web archive (.mht, .mhtml): its bytes (`mht_too_large`), its MIME parts, nested parts
  // included (`mime_part_limit`; a saved page has one per picture and style sheet, tens to a few
  // hundred), and the decoded bytes of one part (`mime_part_too_large`), refused from its declared
  // Content-Length or its encoded size before any byte is decoded.
  static constexpr std::uintmax_t kMaxMhtFileBytes = 128u << 20;
  static constexpr int kMaxMimeParts = 2'000;
  static constexpr std::uintmax_t kMaxMimePartBytes = 64u << 20;
  static constexpr int kMaxMimeNesting = 4;

  // A picture a web page or a DOCX shows, read by OCR when a statistics table is missing: its
  // bytes, and all the pictures' bytes of one document.
  static constexpr std::size_t kMaxPictureBytes = 32u << 20;
  static constexpr std::size_t kMaxPicturesBytes = 128u << 20;
};

// Drops the body's blocks (paragraphs and tables) after the first that passes kMaxParagraphs or
// kMaxDocumentTextBytes, with the issue `text_limit`, so the stages after the extractor get no more
// than a report could hold. Blocks are stored in body order, so the body's first blocks are the
// first paragraphs and tables.
void apply_text_limits(Document& document);

// Adds the issue `code` with `message` to the document once (a limit hit on many pages is one
// line, not hundreds).
void note_limit(Document& document, const std::string& code, const std::string& message);

}  // namespace ogi

#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/geometry.h"

namespace ogi {

// One document model for every backend (DOCX, HTML, text dump, PDF, OCR). Backends fill what their
// format carries; the pipeline after the extractor never asks which backend ran.

// A piece of text as the backend saw it, with geometry where the format has geometry.
struct TextRun {
  std::string text;  // UTF-8
  Box box;
  std::vector<Box> char_boxes;  // one per code point of `text` when known, else empty
  double font_size = 0;
  int page = 0;  // 0-based index into Document::pages
  int reading_order = 0;
  double confidence = 1.0;  // 1.0 for text layers, OCR confidence otherwise
};

// An axis-aligned ruling line drawn on a page (stroked path or thin filled rectangle).
struct RulingSegment {
  double x0 = 0;
  double y0 = 0;
  double x1 = 0;
  double y1 = 0;
  double stroke_width = 0;
  int page = 0;

  bool horizontal() const { return (y1 - y0) < (x1 - x0); }
};

// A table cell of a scanned page the OCR read as blank, with how sure it is: 1.0 where the image
// holds no mark at all, less where it holds marks too small or broken to read (a thin 1 a
// threshold broke up, noise). A layout cell of a scanned page with no text is only as sure as the
// blank reads inside it, and unsure when none is (README, "Scans: what confidence means").
struct BlankRead {
  Box box;
  double confidence = 0;
};

struct Page {
  int number = 1;  // 1-based
  double width = 0;
  double height = 0;
  int rotation = 0;
  std::vector<TextRun> runs;
  std::vector<RulingSegment> rulings;
  std::vector<BlankRead> blank_reads;  // OCR only
  bool from_ocr = false;
  // Why the page was read by OCR: what was wrong with its text layer (page triage), in words for
  // the record; empty for a page read from its text layer and for an image file's pages.
  std::string ocr_reason;
  // Clockwise degrees (90, 180, 270) the page was turned to read it: its image by OCR, its text
  // layer by the PDF extractor when printed sideways (extractors/pdf/page_turn.h).
  int turned = 0;
};

// A page of the file (a PDF page, an image frame) holding two pages side by side (2-up), read as
// two pages of the document: its left half at `left_page`, its right half at the next.
struct SplitSheet {
  int sheet = 0;      // 1-based page of the file
  int left_page = 0;  // 1-based page of the document
};

// A grid cell anchored at (row, col) covering row_span x col_span grid positions.
struct TableCell {
  int row = 0;
  int col = 0;
  int row_span = 1;
  int col_span = 1;
  std::string text;  // paragraphs and line breaks inside the cell joined with '\n'
  std::optional<Box> box;
  int page = -1;  // 0-based, -1 where the format has no pages
  double confidence = 1.0;
};

// A table as a grid: either native (DOCX, HTML) or rebuilt by layout from rulings and text.
struct Table {
  int row_count = 0;
  int col_count = 0;
  std::vector<TableCell> cells;  // anchors only; covered positions are implied by spans
  int page = -1;
  int last_page = -1;     // differs from page when a table runs over several pages
  int nesting_depth = 0;  // 0 for a top-level table
  // Rebuilt by the rule-less path from text that OCR read on a scanned page where no grid was
  // found: where each value sits rests on the alignment of misreadable text alone.
  bool aligned_on_scan = false;
};

struct Paragraph {
  std::string text;
  int page = -1;
  std::optional<Box> box;
};

enum class BlockKind { kParagraph, kTable };

// Body order: which paragraph or table comes next in reading order.
struct Block {
  BlockKind kind = BlockKind::kParagraph;
  size_t index = 0;  // into Document::paragraphs or Document::tables
};

// A problem that kept part of the file from being read. `code` is a stable ASCII word.
struct ExtractIssue {
  std::string code;
  std::string message;
};

struct Document {
  std::string format;  // pdf | docx | html | txt | image | doc | wps | rtf | odt | mht
  // The program that turned the file into the format a backend reads ("LibreOffice 7.4.7.2" for
  // the office formats); empty when the file was read as it is.
  std::string converted_by;
  std::vector<Page> pages;  // empty for formats without pages
  std::vector<Paragraph> paragraphs;
  std::vector<Table> tables;
  std::vector<Block> body;
  std::vector<ExtractIssue> issues;
  std::vector<int> ocr_pages;  // 1-based
  std::vector<SplitSheet> split_sheets;

  void add_paragraph(Paragraph paragraph) {
    body.push_back({BlockKind::kParagraph, paragraphs.size()});
    paragraphs.push_back(std::move(paragraph));
  }
  void add_table(Table table) {
    body.push_back({BlockKind::kTable, tables.size()});
    tables.push_back(std::move(table));
  }
};

}  // namespace ogi

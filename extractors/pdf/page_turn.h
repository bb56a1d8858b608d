#pragma once

#include <TextOutputDev.h>

#include <utility>
#include <vector>

#include "model/document.h"

namespace ogi {

// The clockwise turn, in degrees (0, 90, 180 or 270), that makes most of the page's characters
// read left to right. A wide table printed sideways on a portrait page (a landscape section of a
// Word file, a landscape page rotated onto portrait paper) has its words running down or up the
// page; a stray sideways word (a stamp, a margin note) does not turn the page.
int upright_turn(TextWordList& words);

// Turns the page's runs and rulings, and its size, clockwise by `degrees` (0, 90, 180, 270)
// further, and adds the turn to `page.turned`, so layout sees the page as a reader holding it
// upright does.
void turn_page(Page& page, int degrees);

// While alive, the listed pages lie as the PDF renders them (their turn undone): the OCR module
// adds the rules a page draws as pixels, found on its rendered image. Upright again after.
class RenderedOrientation {
 public:
  RenderedOrientation(Document& document, const std::vector<int>& pages);
  ~RenderedOrientation();
  RenderedOrientation(const RenderedOrientation&) = delete;
  RenderedOrientation& operator=(const RenderedOrientation&) = delete;

 private:
  Document& document_;
  std::vector<std::pair<int, int>> turns_;  // page index, its turn undone
};

}  // namespace ogi

#include "extractors/ocr/image/lept_ptr.h"

namespace ogi {

std::vector<PixelBox> pixel_boxes(BOXA* boxa) {
  std::vector<PixelBox> boxes;
  const int count = boxa ? boxaGetCount(boxa) : 0;
  boxes.reserve(count);
  for (int i = 0; i < count; ++i) {
    int x = 0, y = 0, w = 0, h = 0;
    boxaGetBoxGeometry(boxa, i, &x, &y, &w, &h);
    boxes.push_back({x, y, x + w, y + h});
  }
  return boxes;
}

int ink_pixels(PIX* pix, const PixelBox& box) {
  const LeptBoxPtr clip = lept_box(box);
  int count = 0;
  return pixCountPixelsInRect(pix, clip.get(), &count, nullptr) == 0 ? count : 0;
}

void quiet_leptonica() { setMsgSeverity(L_SEVERITY_NONE); }

}  // namespace ogi

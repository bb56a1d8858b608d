#pragma once

#include <mutex>
#include <string>

namespace ogi {

// What libjpeg and libpng print themselves while Leptonica decodes an image ("Bogus Huffman table
// definition", "libpng warning: Image width exceeds user limit in IHDR"): they write to stderr
// with no handler Leptonica lets us set. For the life of this object file descriptor 2 points to
// an anonymous file, so that text never reaches the terminal, and finish() returns it for the
// record's message. One capture at a time (a mutex): decoding is a small part of a page's OCR,
// and other threads' stderr during the window is library chatter too.
class CapturedStderr {
 public:
  CapturedStderr();
  ~CapturedStderr();
  CapturedStderr(const CapturedStderr&) = delete;
  CapturedStderr& operator=(const CapturedStderr&) = delete;

  // Restores stderr and returns what was written meanwhile (at most a few KB are kept).
  std::string finish();

 private:
  std::unique_lock<std::mutex> lock_;
  int saved_ = -1;
  int capture_ = -1;
};

// The first line of `said` a library wrote (not Leptonica's own "Error in ..." lines), for a
// message: empty when there is none.
std::string decoder_complaint(const std::string& said);

}  // namespace ogi

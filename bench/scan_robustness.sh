#!/usr/bin/env bash
# Accuracy of OCR on scans unlike the dev set's: the born-digital dev PDFs of a few reports are
# scanned three other ways and read by `ogi extract`, then scored by `ogi eval` against their
# truth (truth files copied to a temp folder with the variants' names added):
#   A  150 dpi grey, light noise, 0.8° skew, JPEG quality 50
#   B  300 dpi 1-bit (thresholded at 55 %), -0.5° skew, G4 TIFF
#   C  200 dpi grey, heavy noise, 1.5° skew, JPEG quality 30
# Usage: bench/scan_robustness.sh [OGI_BINARY] [DOC_ID...]   (default build/ogi d001 d005 d007 d010)
# Needs poppler-utils, ImageMagick 6, img2pdf. A few minutes: every page is OCR'd.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
ogi="${1:-$root/build/ogi}"
shift || true
ids=("$@")
[ ${#ids[@]} -gt 0 ] || ids=(d001 d005 d007 d010)
shared="${OGI_SHARED_DIR:-$root/../shared}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/docs" "$work/out" "$work/truth" "$work/pages"

# scan ID VARIANT DPI SKEW NOISE QUALITY: $work/docs/ID.scanVARIANT.pdf
scan() {
  local id=$1 variant=$2 dpi=$3 skew=$4 noise=$5 quality=$6 images=() page size
  rm -f "$work/pages/"*
  pdftoppm -r "$dpi" -gray "$shared/dev/docs/$id.pdf" "$work/pages/p"
  for page in "$work/pages/"p-*.pgm; do
    size=$(identify -format '%wx%h' "$page")
    local common=(-seed 3 -attenuate "$noise" +noise Gaussian -background white -rotate "$skew"
      -gravity center -extent "$size" -colorspace Gray)
    if [ "$variant" = B ]; then
      convert "$page" "${common[@]}" -threshold 55% -type Bilevel -strip "${page%.pgm}.tif"
      images+=("${page%.pgm}.tif")
    else
      convert "$page" "${common[@]}" -type Grayscale -strip -quality "$quality" "${page%.pgm}.jpg"
      images+=("${page%.pgm}.jpg")
    fi
  done
  img2pdf --nodate --imgsize "${dpi}dpi" -o "$work/docs/$id.scan$variant.pdf" "${images[@]}"
}

for id in "${ids[@]}"; do
  scan "$id" A 150 0.8 0.25 50
  scan "$id" B 300 -0.5 0.1 90
  scan "$id" C 200 1.5 0.5 30
  python3 - "$shared/dev/truth/$id.json" "$work/truth/$id.json" "$id" <<'PY'
import json, sys
truth = json.load(open(sys.argv[1]))
truth["documents"] = [f"{sys.argv[3]}.scan{v}.pdf" for v in "ABC"]
json.dump(truth, open(sys.argv[2], "w"), ensure_ascii=False)
PY
done
"$ogi" extract "$work/docs/"*.pdf -o "$work/out" >/dev/null || true
"$ogi" eval "$work/truth" "$work/out" -v

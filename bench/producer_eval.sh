#!/usr/bin/env bash
# Cells right on PDFs of other producers than the dev set's LibreOffice and Chromium: the dev
# reports printed or re-made five more ways, read by `ogi extract` and scored by `ogi eval` against
# their truth (truth files copied with the variants' names added):
#   wk.pdf        wkhtmltopdf (QtWebKit) print of the HTML page (radicals in the text layer)
#   wkland.pdf    the same, landscape (-O Landscape)
#   wkzoom.pdf    the same, scaled to 60 % (CSS zoom)
#   redistil.pdf  the LibreOffice PDF through pdftops + ps2pdf (fonts lose their Unicode map)
#   outlined.pdf  the LibreOffice PDF through gs -dNoOutputFonts (glyphs as outlines, no text)
# Usage: bench/producer_eval.sh [OGI_BINARY] [WORK_DIR] [DOC_ID...]  (default build/ogi, a temp
# folder, all 16 dev reports). A WORK_DIR kept from an earlier run keeps its documents, so two
# builds are compared on the same files. Needs wkhtmltopdf, poppler-utils, ghostscript and a CJK
# font for wkhtmltopdf (fonts-noto-cjk; or CJK_FONT_DIR as for fixtures/make_producer_fixtures.sh).
# Some minutes: the re-distilled and outlined pages are read by OCR.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
ogi="${1:-$root/build/ogi}"
work="${2:-}"
shift 2 || shift $#
ids=("$@")
shared="${OGI_SHARED_DIR:-$root/../shared}"
if [[ ${#ids[@]} -eq 0 ]]; then
  for truth in "$shared/dev/truth/"d*.json; do ids+=("$(basename "$truth" .json)"); done
fi
if [[ -z $work ]]; then
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work/docs" "$work/truth"
rm -rf "$work/out"
if [[ -n ${CJK_FONT_DIR:-} ]]; then
  printf '<?xml version="1.0"?>\n<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include><dir>%s</dir><cachedir>%s/fontcache</cachedir></fontconfig>\n' \
    "$CJK_FONT_DIR" "$work" >"$work/fonts.conf"
  export FONTCONFIG_FILE="$work/fonts.conf"
fi
printf 'html { zoom: 0.6; }\n' >"$work/zoom.css"
variants=(wk wkland wkzoom redistil outlined)

make_variant() {
  local id=$1 variant=$2 docs="$shared/dev/docs" target="$work/docs/$1.$2.pdf"
  [[ -s $target ]] && return 0
  case $variant in
    wk) wkhtmltopdf -q "$docs/$id.html" "$target" 2>/dev/null ;;
    wkland) wkhtmltopdf -q -O Landscape "$docs/$id.html" "$target" 2>/dev/null ;;
    wkzoom) wkhtmltopdf -q --user-style-sheet "$work/zoom.css" "$docs/$id.html" "$target" 2>/dev/null ;;
    redistil) pdftops "$docs/$id.pdf" "$work/$id.ps" && ps2pdf "$work/$id.ps" "$target" &&
      rm "$work/$id.ps" ;;
    outlined) gs -q -o "$target" -sDEVICE=pdfwrite -dNoOutputFonts "$docs/$id.pdf" ;;
  esac
}

for id in "${ids[@]}"; do
  for variant in "${variants[@]}"; do make_variant "$id" "$variant"; done
  python3 - "$shared/dev/truth/$id.json" "$work/truth/$id.json" "$id" "${variants[@]}" <<'PY'
import json, sys
truth = json.load(open(sys.argv[1]))
truth["documents"] = [f"{sys.argv[3]}.{v}.pdf" for v in sys.argv[4:]]
json.dump(truth, open(sys.argv[2], "w"), ensure_ascii=False)
PY
done
"$ogi" extract "$work/docs/"*.pdf -o "$work/out" >/dev/null || true
"$ogi" eval "$work/truth" "$work/out" -v

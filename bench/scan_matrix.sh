#!/usr/bin/env bash
# The scan matrix: the born-digital dev reports (../shared/dev/docs/dNNN.pdf) scanned the ways
# offices scan them, read by `ogi extract` and scored per class by `ogi eval`. Every random choice
# (JPEG quality, skew, threshold, speck positions, seal places) comes from a seed fixed per
# class, report and page, so a rerun makes the same images. Classes (file dNNN.CLASS.pdf):
#   g150 g200 g300  grey JPEG, quality 25-65, skew -2..+2 degrees, light sensor noise
#   b150 b200 b300  1-bit: blurred, noised and thresholded (40-60 %) like a fax or photocopier,
#                   salt-and-pepper specks, skew -2..+2 degrees, CCITT G4
#   seal            200 dpi colour JPEG: a red official seal (4 cm, semi-transparent) over the
#                   signature on the last page, a second one over the tables of page 2
#   shadow          200 dpi grey JPEG: photocopy edge shadow, uneven light, the other side of
#                   the sheet bleeding through
#   turned          200 dpi grey JPEG, page 2 fed upside down (180 degrees)
#   twoup           two pages side by side on one landscape sheet, 300 dpi grey JPEG
#   worst           150 dpi grey JPEG quality 25, skew -2 degrees
# Usage: bench/scan_matrix.sh [-o RESULT_FILE] [-c CLASS,...] [-d dNNN,...] [-k KEEP_DIR] [OGI]
# Needs poppler-utils, ImageMagick 6, img2pdf. The whole matrix OCRs ~900 pages (~25 min on 2
# cores); -c and -d pick a part. The table is printed and, with -o, written to RESULT_FILE.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
all_classes=(g150 g200 g300 b150 b200 b300 seal shadow turned twoup worst)
classes=("${all_classes[@]}")
ids=()
result="" keep=""
while getopts "o:c:d:k:" option; do
  case $option in
    o) result=$OPTARG ;;
    c) IFS=, read -r -a classes <<<"$OPTARG" ;;
    d) IFS=, read -r -a ids <<<"$OPTARG" ;;
    k) keep=$OPTARG ;;
    *) exit 64 ;;
  esac
done
shift $((OPTIND - 1))
ogi="$(realpath "${1:-$root/build/ogi}")"
shared="${OGI_SHARED_DIR:-$root/../shared}"
if [ ${#ids[@]} -eq 0 ]; then
  for pdf in "$shared"/dev/docs/d[0-9][0-9][0-9].pdf; do ids+=("$(basename "$pdf" .pdf)"); done
fi
work="${keep:-$(mktemp -d)}"
[ -n "$keep" ] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work/docs" "$work/out" "$work/truth"
export MAGICK_THREAD_LIMIT=1

# pick SEED LOW HIGH: a whole number in [LOW, HIGH], the same for the same seed.
pick() { awk -v s="$1" -v lo="$2" -v hi="$3" 'BEGIN { srand(s); print lo + int(rand() * (hi - lo + 1)) }'; }
# seed CLASS ID PAGE: a number fixed by the three.
seed() { printf '%s' "$1/$2/$3" | cksum | cut -d' ' -f1; }
# skew SEED: degrees in -2.0 .. +2.0, one decimal.
skew() { awk -v t="$(pick "$1" -20 20)" 'BEGIN { printf "%.1f", t / 10 }'; }

# render ID DPI DIR [pdftoppm option...]: the report's pages as DIR/p-N.(pgm|ppm).
render() {
  local id=$1 dpi=$2 dir=$3
  shift 3
  mkdir -p "$dir"
  pdftoppm -r "$dpi" "$@" "$shared/dev/docs/$id.pdf" "$dir/p"
}

# grey_scan IN OUT SEED QUALITY SKEW: sensor noise, the skew, JPEG.
grey_scan() {
  local size
  size=$(identify -format '%wx%h' "$1")
  convert "$1" -seed "$3" -attenuate 0.2 +noise Gaussian -background white -rotate "$5" \
    -gravity center -extent "$size" -colorspace Gray -type Grayscale -strip -quality "$4" "$2"
}

# bilevel_scan IN OUT SEED DPI: blur, noise and a threshold like a fax or photocopier, specks.
bilevel_scan() {
  local in=$1 out=$2 seed=$3 dpi=$4 size blur threshold specks
  size=$(identify -format '%wx%h' "$in")
  blur=$(awk -v b="$(pick "$seed" 4 10)" -v d="$dpi" 'BEGIN { printf "%.2f", b / 10 * d / 200 }')
  threshold=$(pick "$((seed + 1))" 40 60)
  specks=$(pick "$((seed + 2))" 2 6)
  convert "$in" -blur "0x$blur" -seed "$seed" -attenuate 0.3 +noise Gaussian -background white \
    -rotate "$(skew "$seed")" -gravity center -extent "$size" -colorspace Gray \
    -threshold "$threshold%" -seed "$((seed + 3))" -attenuate "0.0$specks" +noise Impulse \
    -threshold 50% -type Bilevel -strip -compress Group4 "$out"
}

# seal_png OUT DPI SEED: a red round seal of 4 cm, star and ring, 45-60 % opaque.
seal_png() {
  local px=$(($2 * 400 / 254)) alpha
  alpha=$(awk -v a="$(pick "$3" 45 60)" 'BEGIN { printf "%.2f", a / 100 }')
  local c=$((px / 2)) r=$((px / 2 - px / 40)) w=$((px / 25 + 1))
  local s=$((px / 7))
  convert -size "${px}x${px}" xc:none -fill none -stroke "rgba(215,30,35,$alpha)" \
    -strokewidth "$w" -draw "circle $c,$c $c,$((c - r))" -stroke none \
    -fill "rgba(215,30,35,$alpha)" \
    -draw "polygon $c,$((c - s)) $((c + s * 3 / 10)),$((c - s * 4 / 10)) $((c + s)),$((c - s * 3 / 10)) $((c + s * 5 / 10)),$((c + s * 2 / 10)) $((c + s * 6 / 10)),$((c + s)) $c,$((c + s * 5 / 10)) $((c - s * 6 / 10)),$((c + s)) $((c - s * 5 / 10)),$((c + s * 2 / 10)) $((c - s)),$((c - s * 3 / 10)) $((c - s * 3 / 10)),$((c - s * 4 / 10))" \
    -stroke "rgba(215,30,35,$alpha)" -strokewidth "$((w / 2 + 1))" -fill none \
    -draw "circle $c,$c $c,$((c - r * 3 / 4))" \
    -draw "line $((c - r / 2)),$((c + r / 2)) $((c + r / 2)),$((c + r / 2))" \
    -draw "line $((c - r * 2 / 3)),$((c - r / 2)) $((c + r * 2 / 3)),$((c - r / 2))" \
    -rotate "$(pick "$((${3} + 1))" 0 359)" -trim +repage "$1"
}

# with_seal IN OUT SEED X%% Y%%: the seal centred at X%, Y% of the page (colour image).
with_seal() {
  local dpi=$5 w h px x y
  w=$(identify -format '%w' "$1")
  h=$(identify -format '%h' "$1")
  seal_png "$work/seal-$3.png" "$dpi" "$3"
  px=$(identify -format '%w' "$work/seal-$3.png")
  x=$((w * $4 / 100 - px / 2))
  y=$((h * $6 / 100 - px / 2))
  convert "$1" "$work/seal-$3.png" -geometry "+$x+$y" -compose Multiply -composite "$2"
}

# make_class CLASS ID: $work/docs/ID.CLASS.pdf.
make_class() {
  local class=$1 id=$2 dir="$work/pages/$1-$2" images=() page n s
  case $class in
    g150 | g200 | g300)
      render "$id" "${class#g}" "$dir" -gray
      for page in "$dir"/p-*.pgm; do
        n=${page##*-}; n=${n%.pgm}; s=$(seed "$class" "$id" "$n")
        grey_scan "$page" "${page%.pgm}.jpg" "$s" "$(pick "$s" 25 65)" "$(skew "$s")"
        images+=("${page%.pgm}.jpg")
      done
      img2pdf --nodate --imgsize "${class#g}dpi" -o "$work/docs/$id.$class.pdf" "${images[@]}" ;;
    b150 | b200 | b300)
      render "$id" "${class#b}" "$dir" -gray
      for page in "$dir"/p-*.pgm; do
        n=${page##*-}; n=${n%.pgm}; s=$(seed "$class" "$id" "$n")
        bilevel_scan "$page" "${page%.pgm}.tif" "$s" "${class#b}"
        images+=("${page%.pgm}.tif")
      done
      img2pdf --nodate --imgsize "${class#b}dpi" -o "$work/docs/$id.$class.pdf" "${images[@]}" ;;
    seal)
      render "$id" 200 "$dir"
      local pages
      pages=("$dir"/p-*.ppm)
      for page in "${pages[@]}"; do
        n=${page##*-}; n=${n%.ppm}; s=$(seed "$class" "$id" "$n")
        cp "$page" "$dir/s.ppm"
        # The signature block closes the last page; page 2 holds 表三 or 表四.
        if [ "$page" = "${pages[-1]}" ]; then
          with_seal "$dir/s.ppm" "$dir/s.ppm" "$s" 72 200 "$(pick "$s" 70 85)"
        fi
        if [ "$n" -eq 2 ]; then
          with_seal "$dir/s.ppm" "$dir/s.ppm" "$((s + 7))" "$(pick "$s" 30 70)" 200 "$(pick "$((s + 5))" 25 70)"
        fi
        convert "$dir/s.ppm" -seed "$s" -attenuate 0.15 +noise Gaussian -background white \
          -rotate "$(skew "$s")" -gravity center -extent "$(identify -format '%wx%h' "$page")" \
          -strip -quality 60 "${page%.ppm}.jpg"
        images+=("${page%.ppm}.jpg")
      done
      img2pdf --nodate --imgsize 200dpi -o "$work/docs/$id.$class.pdf" "${images[@]}" ;;
    shadow)
      render "$id" 200 "$dir" -gray
      local pages others
      pages=("$dir"/p-*.pgm)
      for i in "${!pages[@]}"; do
        page=${pages[$i]}
        n=${page##*-}; n=${n%.pgm}; s=$(seed "$class" "$id" "$n")
        others=${pages[$(((i + 1) % ${#pages[@]}))]}
        local size edge light
        size=$(identify -format '%wx%h' "$page")
        edge=$(pick "$s" 60 140)
        light=$(pick "$((s + 1))" 65 85)
        # Bleed-through: the other side mirrored at 10-16 % strength, multiplied in; uneven light:
        # a gradient from LIGHT % to full across the page; the edge shadow: a dark band fading in.
        convert "$page" \( "$others" -flop -level "0,$((100 - $(pick "$((s + 2))" 10 16)))%" \
          +level "$((84 + $(pick "$((s + 3))" 0 6)))%,100%" \) -compose Multiply -composite \
          \( -size "$size" -define gradient:angle="$(pick "$((s + 4))" 0 359)" \
          "gradient:gray$light-white" \) -compose Multiply -composite \
          \( -size "$size" xc:white -fill "gray20" -draw "rectangle 0,0 $edge,99999" \
          -blur "0x$((edge / 2))" \) -compose Multiply -composite \
          -seed "$s" -attenuate 0.2 +noise Gaussian -background white -rotate "$(skew "$s")" \
          -gravity center -extent "$size" -colorspace Gray -type Grayscale -strip \
          -quality "$(pick "$s" 40 65)" "${page%.pgm}.jpg"
        images+=("${page%.pgm}.jpg")
      done
      img2pdf --nodate --imgsize 200dpi -o "$work/docs/$id.$class.pdf" "${images[@]}" ;;
    turned)
      render "$id" 200 "$dir" -gray
      for page in "$dir"/p-*.pgm; do
        n=${page##*-}; n=${n%.pgm}; s=$(seed "$class" "$id" "$n")
        grey_scan "$page" "${page%.pgm}.jpg" "$s" 55 "$(skew "$s")"
        if [ "$n" -eq 2 ]; then
          convert "${page%.pgm}.jpg" -rotate 180 -quality 55 "${page%.pgm}.jpg"
        fi
        images+=("${page%.pgm}.jpg")
      done
      img2pdf --nodate --imgsize 200dpi -o "$work/docs/$id.$class.pdf" "${images[@]}" ;;
    twoup)
      # An A4 page at 71 % on half a landscape A4 sheet scanned at 300 dpi: 212 dpi per page. A
      # landscape page (a wide table's section) is shrunk to fit its half, as printing does.
      render "$id" 212 "$dir" -gray
      local pages half=1753x2480
      pages=("$dir"/p-*.pgm)
      for ((i = 0; i < ${#pages[@]}; i += 2)); do
        s=$(seed "$class" "$id" "$i")
        local pair=(\( "${pages[$i]}" -resize "$half" -gravity center -background white -extent "$half" \))
        if [ $((i + 1)) -lt ${#pages[@]} ]; then
          pair+=(\( "${pages[$((i + 1))]}" -resize "$half" -gravity center -background white \
            -extent "$half" \))
        else
          pair+=("-size" "$half" "xc:white"); fi
        convert "${pair[@]}" -bordercolor white -border 20 +append -gravity center \
          -background white -extent 3508x2480 -seed "$s" -attenuate 0.2 +noise Gaussian \
          -rotate "$(skew "$s")" -gravity center -extent 3508x2480 -colorspace Gray \
          -type Grayscale -strip -quality 55 "$dir/sheet-$i.jpg"
        images+=("$dir/sheet-$i.jpg")
      done
      img2pdf --nodate --imgsize 300dpi -o "$work/docs/$id.$class.pdf" "${images[@]}" ;;
    worst)
      render "$id" 150 "$dir" -gray
      for page in "$dir"/p-*.pgm; do
        n=${page##*-}; n=${n%.pgm}; s=$(seed "$class" "$id" "$n")
        grey_scan "$page" "${page%.pgm}.jpg" "$s" 25 -2
        images+=("${page%.pgm}.jpg")
      done
      img2pdf --nodate --imgsize 150dpi -o "$work/docs/$id.$class.pdf" "${images[@]}" ;;
    *) echo "scan_matrix: unknown class $class" >&2; return 64 ;;
  esac
  rm -rf "$dir"
}
export -f make_class render grey_scan bilevel_scan seal_png with_seal pick seed skew
export work shared

for class in "${classes[@]}"; do
  for id in "${ids[@]}"; do
    [ -s "$work/docs/$id.$class.pdf" ] || echo "$class $id"
  done
done | xargs -r -P "$(nproc)" -n 2 bash -c 'make_class "$0" "$1"'

for id in "${ids[@]}"; do
  python3 - "$shared/dev/truth/$id.json" "$work/truth/$id.json" "$id" "${classes[@]}" <<'PY'
import json, sys
truth = json.load(open(sys.argv[1]))
truth["documents"] = [f"{sys.argv[3]}.{c}.pdf" for c in sys.argv[4:]]
json.dump(truth, open(sys.argv[2], "w"), ensure_ascii=False)
PY
done

table=$(mktemp)
{
  echo "# bench/scan_matrix.sh, $(date -u '+%Y-%m-%d %H:%M'), $(nproc) cores, $("$ogi" --version 2>/dev/null || echo ogi)"
  echo "# reports: ${ids[*]}"
  printf '%-8s %6s %9s\n' class pages "s/page"
  for class in "${classes[@]}"; do
    docs=()
    for id in "${ids[@]}"; do docs+=("$work/docs/$id.$class.pdf"); done
    pages=0
    for doc in "${docs[@]}"; do pages=$((pages + $(pdfinfo "$doc" | awk '/^Pages:/ { print $2 }'))); done
    start=$(date +%s.%N)
    "$ogi" extract "${docs[@]}" -o "$work/out" >/dev/null 2>"$work/$class.err" || true
    end=$(date +%s.%N)
    printf '%-8s %6d %9.2f\n' "$class" "$pages" "$(echo "($end - $start) / $pages" | bc -l)"
  done
  echo
  "$ogi" eval "$work/truth" "$work/out"
} | tee "$table"
[ -z "$result" ] || cp "$table" "$result"
rm -f "$table"

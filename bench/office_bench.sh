#!/usr/bin/env bash
# Seconds per .doc: what LibreOffice's start costs `ogi`. Each run converts fixtures/office/d001.doc
# (or FILE) to DOCX, best and median of REPEATS, wall and CPU seconds (GNU time):
#   ogi        `ogi extract FILE`: a fresh throw-away profile per file (what ogi does; the profile's
#              first start included), conversion, reading the DOCX, the record
#   cold       `soffice --convert-to docx` with a fresh profile folder each time
#   warm-prof  the same with one profile folder kept between runs (profile already made)
#   warm-lo    a LibreOffice already running with that profile (started once, not timed): each
#              `soffice --convert-to` hands the file to it over its pipe and exits
# and the machine's load (uptime) before and after: on a shared machine every figure is inflated.
# Usage: bench/office_bench.sh [OGI_BINARY] [REPEATS] [FILE]   (defaults: build/ogi, 5, d001.doc)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
ogi="${1:-$root/build/ogi}"
repeats="${2:-5}"
file="$(realpath "${3:-$root/fixtures/office/d001.doc}")"
soffice="$(command -v soffice || command -v libreoffice || true)"
[ -n "$soffice" ] || { echo "office_bench: LibreOffice (soffice) is not installed" >&2; exit 1; }
[ -x "$ogi" ] || { echo "office_bench: no ogi binary at $ogi" >&2; exit 1; }
work="$(mktemp -d /tmp/ogi-office-bench-XXXXXX)"
listener=""
cleanup() {
  [ -n "$listener" ] && kill -- "-$listener" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# timed NAME COMMAND...: appends "wall cpu" to $work/NAME.
timed() {
  local name="$1"
  shift
  /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" >/dev/null 2>&1
  awk '{printf "%.2f %.2f\n", $1, $2 + $3}' "$work/time" >>"$work/$name"
}
# to_docx NAME PROFILE_FOLDER: one timed conversion (a command line, not a shell function:
# /usr/bin/time runs programs).
to_docx() {
  timed "$1" "$soffice" --headless --norestore "-env:UserInstallation=file://$2" --convert-to docx \
    --outdir "$work/out" "$file"
}
summary() {  # summary NAME: best and median wall, median CPU
  sort -n "$work/$1" | awk -v name="$1" '{wall[NR] = $1; cpu[NR] = $2}
    END {m = int((NR + 1) / 2); printf "%-10s best %6.2f s  median %6.2f s wall  median %5.2f s CPU  (%d runs)\n",
         name, wall[1], wall[m], cpu[m], NR}'
}

echo "office_bench: $(basename "$file"), $repeats runs each, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "load before: $(uptime)"
for run in $(seq "$repeats"); do
  timed ogi "$ogi" extract "$file"
  to_docx cold "$work/cold-$run"
  to_docx warm-prof "$work/kept"
done
# A running instance: the first --convert-to with a profile starts it; `--accept` keeps it up.
setsid "$soffice" --headless --norestore "-env:UserInstallation=file://$work/running" \
  "--accept=pipe,name=ogi_bench_$$;urp;" >/dev/null 2>&1 &
listener=$!
sleep 15  # its start, not timed
made=0
for run in $(seq "$repeats"); do
  rm -rf "$work/out"
  to_docx warm-lo "$work/running"
  [ -s "$work/out/$(basename "${file%.*}").docx" ] && made=$((made + 1))
done
for name in ogi cold warm-prof warm-lo; do summary "$name"; done
echo "cold and warm-prof: the last run wrote $(ls "$work"/out 2>/dev/null | wc -l) DOCX (1 expected)"
echo "warm-lo: $made of $repeats conversions wrote their DOCX"
echo "load after: $(uptime)"

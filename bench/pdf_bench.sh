#!/usr/bin/env bash
# Born-digital PDF speed and memory: `ogi extract` against `pdftotext -bbox-layout` over the same
# files, in one run. Files: the dev set's born-digital PDFs (../shared/dev/docs, scans excluded:
# they have no text layer for either tool), else fixtures/pdf/.
# Usage: bench/pdf_bench.sh [OGI_BINARY] [REPEATS]   (defaults: build-pdf/ogi, 3)
# Each tool runs REPEATS times; the fastest run counts (the machine may be shared). Reported per
# tool: wall and CPU (user+sys) seconds, peak resident memory; then ogi/pdftotext ratios.
# Targets (issue 4): ogi ≤ 2× pdftotext time, peak memory < 150 MB.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
ogi="${1:-$root/build-pdf/ogi}"
repeats="${2:-3}"
shared="${OGI_SHARED_DIR:-$root/../shared}"

mapfile -t files < <(find "$shared/dev/docs" -maxdepth 1 -name '*.pdf' ! -name '*.scan.pdf' \
  2>/dev/null | sort)
if [ ${#files[@]} -eq 0 ]; then
  mapfile -t files < <(find "$root/fixtures/pdf" -name 'report_*.pdf' -o -name 'inconsistent_*.pdf' \
    | sort)
fi
[ -x "$ogi" ] || { echo "pdf_bench: no ogi binary at $ogi" >&2; exit 1; }
command -v pdftotext >/dev/null || { echo "pdf_bench: pdftotext is not installed" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf '%s\n' "${files[@]}" >"$work/files"

# Runs "$@" under GNU time; prints "wall cpu peak_kb" of the run.
measure() {
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || true
  awk '{printf "%.3f %.3f %d\n", $1, $2 + $3, $4}' "$work/time"
}

# The fastest of `repeats` runs (by CPU), as "wall cpu peak_kb".
best_of() {
  for _ in $(seq "$repeats"); do measure "$@"; done | sort -k2,2n | head -1
}

read -r ogi_wall ogi_cpu ogi_kb < <(best_of "$ogi" extract -o "$work/out" "${files[@]}")
# pdftotext reads one file per process; ogi is also timed that way for a like-for-like figure.
read -r ptt_wall ptt_cpu ptt_kb < <(best_of bash -c \
  'while read -r f; do pdftotext -bbox-layout "$f" "$0/x.html"; done <"$0/files"' "$work")
read -r one_wall one_cpu one_kb < <(best_of bash -c \
  'while read -r f; do "$1" extract -o "$0/one" "$f"; done <"$0/files"' "$work" "$ogi")

records=$(find "$work/out" -name '*.json' | wc -l)
mb() { echo "scale=1; $1 / 1024" | bc -l; }
ratio() { printf '%.2f' "$(echo "$1 / $2" | bc -l)"; }
echo "files: ${#files[@]} PDFs (${records} records written), best of ${repeats} runs"
printf '%-34s %8s %8s %9s\n' "tool" "wall s" "cpu s" "peak MB"
printf '%-34s %8.3f %8.3f %9.1f\n' "ogi extract (one process)" "$ogi_wall" "$ogi_cpu" "$(mb "$ogi_kb")"
printf '%-34s %8.3f %8.3f %9.1f\n' "ogi extract (a process per file)" "$one_wall" "$one_cpu" \
  "$(mb "$one_kb")"
printf '%-34s %8.3f %8.3f %9.1f\n' "pdftotext -bbox-layout (per file)" "$ptt_wall" "$ptt_cpu" \
  "$(mb "$ptt_kb")"
echo "ratio ogi/pdftotext, one process: wall $(ratio "$ogi_wall" "$ptt_wall")x," \
  "cpu $(ratio "$ogi_cpu" "$ptt_cpu")x   (target <= 2x)"
echo "ratio ogi/pdftotext, per file:    wall $(ratio "$one_wall" "$ptt_wall")x," \
  "cpu $(ratio "$one_cpu" "$ptt_cpu")x   (target <= 2x)"
echo "ogi peak memory: $(mb "$ogi_kb") MB (target < 150 MB)"

#!/usr/bin/env bash
# Born-digital PDF speed and memory: `ogi extract` against `pdftotext -bbox-layout`, file by file,
# in one run. Files: every PDF of the dev set (../shared/dev/docs) with a text layer (pdftotext
# finds text in it; scans have none for either tool), else fixtures/pdf/.
# Usage: bench/pdf_bench.sh [OGI_BINARY] [REPEATS]   (defaults: build/ogi, 5)
# Each file is read REPEATS times by each tool, the two taking turns so that a busy machine slows
# both alike; the fastest run of each counts. Printed per file: wall milliseconds (a process per
# file, start-up included, as a script calling either tool pays it), peak resident memory, and
# ogi/pdftotext ratios; then the totals, the worst ratios, one `ogi` process over all files, and
# the machine's load (uptime) before and after.
# Targets (issue 15): per file ogi ≤ 1.3× pdftotext's wall time, peak memory ≤ 2× pdftotext's.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
ogi="${1:-$root/build/ogi}"
repeats="${2:-5}"
shared="${OGI_SHARED_DIR:-$root/../shared}"

[ -x "$ogi" ] || { echo "pdf_bench: no ogi binary at $ogi" >&2; exit 1; }
command -v pdftotext >/dev/null || { echo "pdf_bench: pdftotext is not installed" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "pdf_bench: GNU time (/usr/bin/time) is not installed" >&2; exit 1; }

has_text_layer() { [ -n "$(pdftotext "$1" - 2>/dev/null | tr -d '[:space:]' | head -c 1)" ]; }
files=()
for file in "$shared"/dev/docs/*.pdf; do
  [ -f "$file" ] && has_text_layer "$file" && files+=("$file")
done
if [ ${#files[@]} -eq 0 ]; then
  for file in "$root"/fixtures/pdf/report_*.pdf "$root"/fixtures/pdf/inconsistent_*.pdf; do
    files+=("$file")
  done
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Runs "$@" once under GNU time (for the peak); prints "wall_ms peak_kb". Wall time is taken from
# bash's microsecond clock: GNU time's own is in hundredths of a second.
measure() {
  local start=$EPOCHREALTIME
  /usr/bin/time -f '%M' -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || true
  local end=$EPOCHREALTIME
  awk -v s="$start" -v e="$end" -v kb="$(tail -1 "$work/time")" \
    'BEGIN {printf "%.2f %d\n", (e - s) * 1000, kb}'
}

# The fastest of the runs in file $1 ("wall_ms peak_kb" lines), with the largest peak seen.
best() { sort -n "$1" | awk 'NR == 1 {wall = $1} $2 > peak {peak = $2} END {print wall, peak}'; }

echo "pdf_bench: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, ${#files[@]} PDFs with a text" \
  "layer, best of $repeats runs per tool and file"
echo "load before: $(uptime | sed 's/.*load average: //')"
printf '%-18s %9s %9s %6s   %8s %8s %6s\n' file "ogi ms" "ptt ms" ratio "ogi MB" "ptt MB" ratio
: >"$work/rows"
for file in "${files[@]}"; do
  : >"$work/ogi" && : >"$work/ptt"
  for _ in $(seq "$repeats"); do
    measure "$ogi" extract "$file" >>"$work/ogi"
    measure pdftotext -bbox-layout "$file" "$work/out.html" >>"$work/ptt"
  done
  read -r ogi_ms ogi_kb < <(best "$work/ogi")
  read -r ptt_ms ptt_kb < <(best "$work/ptt")
  echo "$(basename "$file") $ogi_ms $ptt_ms $ogi_kb $ptt_kb" | tee -a "$work/rows" |
    awk '{printf "%-18s %9.1f %9.1f %5.2fx   %8.1f %8.1f %5.2fx\n",
                 $1, $2, $3, $2 / $3, $4 / 1024, $5 / 1024, $4 / $5}'
done
awk '{ogi += $2; ptt += $3; t = $2 / $3; m = $4 / $5
      if (t > worst_t) {worst_t = t; file_t = $1}
      if (m > worst_m) {worst_m = m; file_m = $1}}
     END {printf "%-18s %9.1f %9.1f %5.2fx\n", "total", ogi, ptt, ogi / ptt
          printf "worst file: time %.2fx (%s), memory %.2fx (%s)   (targets: 1.30x, 2.00x)\n",
                 worst_t, file_t, worst_m, file_m}' "$work/rows"

# One `ogi` over every file, as a script reading a folder would run it.
: >"$work/all"
for _ in $(seq "$repeats"); do measure "$ogi" extract -o "$work/records" "${files[@]}" >>"$work/all"; done
read -r all_ms all_kb < <(best "$work/all")
ptt_total=$(awk '{ptt += $3} END {print ptt}' "$work/rows")
awk -v ms="$all_ms" -v kb="$all_kb" -v ptt="$ptt_total" -v n="${#files[@]}" \
  'BEGIN {printf "one ogi process over the %d files: %.1f ms (%.2fx pdftotext'"'"'s total), peak %.1f MB\n",
                 n, ms, ms / ptt, kb / 1024}'
echo "load after: $(uptime | sed 's/.*load average: //')"

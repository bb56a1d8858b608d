#!/usr/bin/env bash
# Scan speed, memory and accuracy: `ogi extract` against plain `tesseract -l chi_sim --psm 6` on
# the same pages, in one run. Files: the dev set's scans ($DOCS, default ../shared/dev/docs/
# *.scan.pdf) with their truth in ../shared/dev/truth. ogi renders each page at 300 dpi itself;
# tesseract gets the same pages rendered by `pdftoppm -r 300 -gray`.
# Usage: bench/ocr_bench.sh [OGI_BINARY]   (default: build/ogi)
# Reported:
#   - seconds per page (wall and CPU) and peak resident memory of each tool, and the ratio. Both
#     run on one core here: ogi with OGI_OCR_THREADS=1, tesseract with OMP_THREAD_LIMIT=1;
#   - cell accuracy: ogi through `ogi eval` (every truth cell, exact value at its key); tesseract
#     has no keys, so a loose measure for both: the share of truth 表三 rows whose seven numbers
#     appear in order, side by side, in one line of the tool's output (for ogi: the row's seven
#     cells right). A row of zeros matches any line of zeros, so tesseract's figure is an upper
#     bound;
#   - pages in parallel: one 4-page scan with OGI_OCR_THREADS=1 and =2 (wall seconds).
# No repeats: OCR is slow (minutes for the dev set). The machine may be shared; load is printed.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
ogi="${1:-$root/build/ogi}"
shared="${OGI_SHARED_DIR:-$root/../shared}"
docs="${DOCS:-$shared/dev/docs}"
truth="$shared/dev/truth"

mapfile -t files < <(find "$docs" -maxdepth 1 -name '*.scan.pdf' | sort)
[ ${#files[@]} -gt 0 ] || { echo "ocr_bench: no *.scan.pdf in $docs" >&2; exit 1; }
[ -x "$ogi" ] || { echo "ocr_bench: no ogi binary at $ogi" >&2; exit 1; }
for tool in pdftoppm pdfinfo tesseract python3 /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "ocr_bench: $tool is not installed" >&2; exit 1; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/ogi" "$work/tess" "$work/png"

# Runs "$@" under GNU time, appending "wall cpu peak_kb" to the file $1 (shifted off).
measure() {
  local log=$1
  shift
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >/dev/null 2>>"$work/stderr" || true
  awk '{printf "%.3f %.3f %d\n", $1, $2 + $3, $4}' "$work/time" >>"$log"
}

# Sum of wall, sum of cpu, max of peak over a log of measure lines.
totals() { awk '{w += $1; c += $2; if ($3 > m) m = $3} END {printf "%.3f %.3f %d\n", w, c, m}' "$1"; }

pages=0
for file in "${files[@]}"; do
  name=$(basename "$file" .pdf)
  pages=$((pages + $(pdfinfo "$file" | awk '/^Pages:/ {print $2}')))
  pdftoppm -r 300 -gray -png "$file" "$work/png/$name"
done
echo "files: ${#files[@]} scans, $pages pages; load average: $(cut -d' ' -f1-3 /proc/loadavg)"

# (i) ogi, a process per scan, one OCR thread.
for file in "${files[@]}"; do
  OGI_OCR_THREADS=1 measure "$work/ogi.log" "$ogi" extract -o "$work/ogi" "$file"
done
# (ii) tesseract on every 300-dpi page image, one thread.
for png in "$work"/png/*.png; do
  OMP_THREAD_LIMIT=1 measure "$work/tess.log" tesseract "$png" "$work/tess/$(basename "$png" .png)" \
    -l chi_sim --psm 6
done
read -r ogi_wall ogi_cpu ogi_kb < <(totals "$work/ogi.log")
read -r tess_wall tess_cpu tess_kb < <(totals "$work/tess.log")

# Cell accuracy of ogi over every truth cell.
"$ogi" eval "$truth" "$work/ogi" >"$work/eval.txt" || true
ogi_cells=$(awk '$1 == "scan.pdf" {print $3, $4}' "$work/eval.txt")

# 表三 rows found, both tools.
rows=$(python3 - "$truth" "$work/ogi" "$work/tess" "${files[@]}" <<'PY'
import glob, json, os, re, sys

truth_dir, ogi_dir, tess_dir, files = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
cols = ["natural_person", "commercial", "research", "social_welfare", "legal_services",
        "other_org", "total"]
number = re.compile(r"\d+(?:\.\d+)?")

def as_number(text):
    return float(text)

total = tess_found = ogi_found = 0
for path in files:
    name = os.path.basename(path)
    doc = name.split(".")[0]
    with open(os.path.join(truth_dir, doc + ".json"), encoding="utf-8") as f:
        truth = json.load(f)
    rows = {}
    for cell in truth["cells"]:
        if cell["table"] == "t3":
            rows.setdefault(cell["row"], {})[cell["col"]] = cell["value"]
    record_path = os.path.join(ogi_dir, name + ".json")
    record = {}
    if os.path.exists(record_path):
        with open(record_path, encoding="utf-8") as f:
            for cell in json.load(f).get("cells", []):
                if cell["table"] == "t3":
                    record[(cell["row"], cell["col"])] = cell["value"]
    lines = []
    for text in sorted(glob.glob(os.path.join(tess_dir, name[:-4] + "-*.txt"))):
        with open(text, encoding="utf-8") as f:
            lines += [[as_number(n) for n in number.findall(line)] for line in f]
    for row, values in rows.items():
        if any(not isinstance(values.get(col), (int, float)) for col in cols):
            continue
        wanted = [float(values[col]) for col in cols]
        total += 1
        tess_found += any(
            line[i:i + 7] == wanted for line in lines for i in range(len(line) - 6))
        ogi_found += all(
            isinstance(record.get((row, col)), (int, float)) and
            abs(record[(row, col)] - values[col]) < 1e-9 for col in cols)
print(total, tess_found, ogi_found)
PY
)
read -r t3_rows t3_tess t3_ogi <<<"$rows"

# Pages in parallel: the first 4-page scan, one OCR thread against two.
for file in "${files[@]}"; do
  [ "$(pdfinfo "$file" | awk '/^Pages:/ {print $2}')" = 4 ] && { four=$file; break; }
done
if [ -n "${four:-}" ]; then
  OGI_OCR_THREADS=1 measure "$work/one.log" "$ogi" extract -o "$work/par1" "$four"
  OGI_OCR_THREADS=2 measure "$work/two.log" "$ogi" extract -o "$work/par2" "$four"
  read -r one_wall one_cpu _ <"$work/one.log"
  read -r two_wall two_cpu _ <"$work/two.log"
  same=$(cmp -s "$work/par1/$(basename "$four").json" "$work/par2/$(basename "$four").json" &&
    echo "identical records" || echo "RECORDS DIFFER")
fi

per() { printf '%.2f' "$(echo "$1 / $pages" | bc -l)"; }
mb() { printf '%.1f' "$(echo "$1 / 1024" | bc -l)"; }
ratio() { printf '%.2f' "$(echo "$1 / $2" | bc -l)"; }
pct() { printf '%.1f %%' "$(echo "100 * $1 / $2" | bc -l)"; }
printf '%-44s %11s %10s %8s\n' "tool (one core)" "wall s/page" "cpu s/page" "peak MB"
printf '%-44s %11s %10s %8s\n' "ogi extract (a process per scan PDF)" "$(per "$ogi_wall")" \
  "$(per "$ogi_cpu")" "$(mb "$ogi_kb")"
printf '%-44s %11s %10s %8s\n' "tesseract -l chi_sim --psm 6 (per page)" "$(per "$tess_wall")" \
  "$(per "$tess_cpu")" "$(mb "$tess_kb")"
echo "ratio ogi/tesseract: wall $(ratio "$ogi_wall" "$tess_wall")x, cpu $(ratio "$ogi_cpu" "$tess_cpu")x"
echo "ogi eval, every truth cell: $ogi_cells"
sed 's/^/  /' "$work/eval.txt"
echo "表三 rows with all seven numbers (of $t3_rows): ogi $t3_ogi ($(pct "$t3_ogi" "$t3_rows")," \
  "at their keys), tesseract $t3_tess ($(pct "$t3_tess" "$t3_rows"), in order on one line)"
if [ -n "${four:-}" ]; then
  echo "pages in parallel, $(basename "$four") (4 pages): OGI_OCR_THREADS=1 ${one_wall} s wall" \
    "(cpu ${one_cpu} s), =2 ${two_wall} s wall (cpu ${two_cpu} s): speed-up" \
    "$(ratio "$one_wall" "$two_wall")x, $same"
fi

#!/usr/bin/env bash
# Runs one libFuzzer target for SECONDS on CORPUS, seeding CORPUS from fixtures/ when it does not
# exist yet; crashes, leaks, timeouts and out-of-memory inputs are saved to ARTIFACTS/. Exits
# non-zero on any finding (libFuzzer's status), so ctest fails on it. Used by fuzz/run_fuzzers.sh
# (long runs) and by the fuzz_smoke_* ctest entries of an OGI_FUZZ=ON build (fuzz/CMakeLists.txt).
# Usage: fuzz/fuzz_one.sh FUZZER TARGET SECONDS CORPUS ARTIFACTS [LIBFUZZER_FLAG...]
#   (TARGET: cell_value text html mht docx docx_xml pdf)
set -euo pipefail

[[ $# -ge 5 ]] || {
  echo "usage: $0 FUZZER TARGET SECONDS CORPUS ARTIFACTS [LIBFUZZER_FLAG...]" >&2
  exit 64
}
# The PDF target may OCR a page; one OpenMP thread per Tesseract, as `ogi` runs it
# (cli/front/process_tuning.h).
export OMP_THREAD_LIMIT="${OMP_THREAD_LIMIT:-1}"
fuzzer="$1" target="$2" seconds="$3" corpus="$4" artifacts="$5"
shift 5

case "$target" in
  cell_value | text | html | mht | docx | docx_xml | pdf) ;;
  *)
    echo "$0: unknown target $target (cell_value text html mht docx docx_xml pdf)" >&2
    exit 64
    ;;
esac
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# Seeds per target: the fixtures of its format, the bad files, short text snippets, and the
# inputs that once broke this target (fixtures/fuzz_regressions/<target>_*).
seed() {
  local dir="$1"
  mkdir -p "$dir"
  case "$target" in
    docx) cp "$root"/fixtures/docx/*.docx "$root"/fixtures/bad/*.docx "$root"/fixtures/batch/*.docx "$dir"/ ;;
    # Whole packages: the target reads their word/document.xml and mutates that from then on.
    docx_xml) cp "$root"/fixtures/docx/*.docx "$root"/fixtures/batch/*.docx "$dir"/ ;;
    html) cp "$root"/fixtures/html/*.html "$dir"/ ;;
    mht) cp "$root"/fixtures/mht/*.mht "$root"/fixtures/mht/bad/*.mht "$dir"/ ;;
    pdf) cp "$root"/fixtures/pdf/*.pdf "$dir"/ ;;
    text | cell_value)
      printf '一、总体情况\n（一）主动公开情况\n' >"$dir/heading.txt"
      printf '信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n规章\t0\t0\t0\n' >"$dir/tabs.txt"
      printf '| 规章 | 1,036 | — | 增加2 |\n| 行政规范性文件 | ０ | 不适用 | -8 |\n' >"$dir/pipes.txt"
      printf '+1036件\n' >"$dir/number.txt"
      printf '减少1万元\n' >"$dir/delta.txt"
      printf '（三）政府信息公开行政复议、行政诉讼情况\n结果维持 0 结果纠正 1\n' >"$dir/row.txt"
      if [[ "$target" == text ]]; then
        for html in "$root"/fixtures/html/*.html; do
          sed -e 's/<[^>]*>//g' "$html" >"$dir/$(basename "$html" .html).txt"
        done
      fi
      ;;
  esac
  local regression
  for regression in "$root"/fixtures/fuzz_regressions/"${target}"_*; do
    [[ -f "$regression" ]] && cp "$regression" "$dir"/
  done
  return 0
}

max_len() {
  case "$target" in
    cell_value) echo 256 ;;
    text | html) echo 262144 ;;
    docx | pdf) echo 1048576 ;;
  esac
}

[[ -d "$corpus" ]] || seed "$corpus"
mkdir -p "$artifacts"
# Plain mode (no -fork) stops at the first finding, so it can be fixed first.
exec "$fuzzer" "$corpus" -max_total_time="$seconds" -max_len="$(max_len)" -rss_limit_mb=2048 \
  -timeout=10 -print_final_stats=1 -artifact_prefix="$artifacts/" "$@"

#!/usr/bin/env bash
# Builds the libFuzzer targets with clang-14 into build-fuzz and runs each for SECONDS (default 60),
# one at a time (the machine is shared). Seeds come from fixtures/; the working corpus lives in
# /tmp/ogi-fuzz-corpus/<target>; crashes, leaks and timeouts are saved to fuzz/crashes/<target>/.
# Usage: fuzz/run_fuzzers.sh [SECONDS] [TARGET...]   (targets: cell_value text html docx pdf)
set -euo pipefail

seconds="${1:-60}"
shift || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(cell_value text html docx pdf)

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build-fuzz"
corpus_root="${OGI_FUZZ_CORPUS:-/tmp/ogi-fuzz-corpus}"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++-14 -DOGI_FUZZ=ON -DOGI_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j1 --target $(printf 'fuzz_%s ' "${targets[@]}")

# Seeds per target: the fixtures of its format, the bad files, and short text snippets.
seed() {
  local target="$1" dir="$2"
  mkdir -p "$dir"
  case "$target" in
    docx) cp "$root"/fixtures/docx/*.docx "$root"/fixtures/bad/*.docx "$root"/fixtures/batch/*.docx "$dir"/ ;;
    html) cp "$root"/fixtures/html/*.html "$dir"/ ;;
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
}

max_len() {
  case "$1" in
    cell_value) echo 256 ;;
    text | html) echo 262144 ;;
    docx | pdf) echo 1048576 ;;
  esac
}

for target in "${targets[@]}"; do
  corpus="$corpus_root/$target"
  crashes="$root/fuzz/crashes/$target"
  [[ -d "$corpus" ]] || seed "$target" "$corpus"
  mkdir -p "$crashes"
  echo "== fuzz_$target for ${seconds}s (corpus $corpus)"
  # -fork=1 would survive the first crash; plain mode stops at it so it can be fixed first.
  "$build/fuzz/fuzz_$target" "$corpus" -max_total_time="$seconds" -max_len="$(max_len "$target")" \
    -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 -artifact_prefix="$crashes/" \
    2>&1 | tee "$corpus_root/$target.log" | grep -E '^(#[0-9]+.*(pulse|DONE)|==[0-9]+==ERROR|SUMMARY|stat::)' || true
done

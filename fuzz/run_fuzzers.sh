#!/usr/bin/env bash
# Builds the libFuzzer targets with clang-14 into build-fuzz and runs each for SECONDS (default 60),
# one at a time (the machine is shared), through fuzz/fuzz_one.sh. Seeds come from fixtures/; the
# working corpus lives in /tmp/ogi-fuzz-corpus/<target>; crashes, leaks and timeouts are saved to
# fuzz/crashes/<target>/. (An OGI_FUZZ=ON build with tests also runs each target for 20 s in
# ctest: the fuzz_smoke_* entries.)
# Usage: fuzz/run_fuzzers.sh [SECONDS] [TARGET...]   (targets: cell_value text html mht docx docx_xml pdf)
set -euo pipefail

seconds="${1:-60}"
shift || true
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(cell_value text html mht docx docx_xml pdf)

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build-fuzz"
corpus_root="${OGI_FUZZ_CORPUS:-/tmp/ogi-fuzz-corpus}"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER=clang++-14 -DOGI_FUZZ=ON -DOGI_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" -j1 --target $(printf 'fuzz_%s ' "${targets[@]}")

mkdir -p "$corpus_root"
for target in "${targets[@]}"; do
  corpus="$corpus_root/$target"
  echo "== fuzz_$target for ${seconds}s (corpus $corpus)"
  # fuzz/fuzz_one.sh seeds the corpus on first use and stops at the first finding.
  "$root/fuzz/fuzz_one.sh" "$build/fuzz/fuzz_$target" "$target" "$seconds" "$corpus" \
    "$root/fuzz/crashes/$target" 2>&1 | tee "$corpus_root/$target.log" |
    grep -E '^(#[0-9]+.*(pulse|DONE)|==[0-9]+==ERROR|SUMMARY|stat::)' || true
done

#!/usr/bin/env bash
# Speed of normalize_text on large inputs (moved out of the unit tests, where a wall-clock bound
# failed under load): builds bench/normalize_bench.cpp against a build's normalize and model
# libraries, runs it, and exits non-zero when the time does not grow linearly.
# Usage: bench/normalize_bench.sh [BUILD_DIR]   (default: build; g++ RelWithDebInfo is typical)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$(cd "${1:-$root/build}" && pwd)"
for lib in libogi_normalize.a libogi_model.a; do
  [ -f "$build/$lib" ] || { echo "normalize_bench: no $lib in $build (build ogi first)" >&2; exit 1; }
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
g++ -std=c++20 -O2 -I"$root" "$root/bench/normalize_bench.cpp" "$build/libogi_normalize.a" \
  "$build/libogi_model.a" $(pkg-config --libs icu-uc icu-i18n) -o "$work/normalize_bench"
"$work/normalize_bench"

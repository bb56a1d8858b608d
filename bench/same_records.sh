#!/usr/bin/env bash
# Proves that a change kept behaviour: runs OLD_BUILD's and NEW_BUILD's `ogi extract` over every
# document of ../shared/dev/docs, ../shared/seeds and fixtures/, and compares the records byte for
# byte, apart from the fields that carry a path (source.path, and paths inside error messages,
# which name the file). Exit 0 when every record is the same, 1 otherwise (the differing files
# and a diff of the first few are printed).
#
#   bench/same_records.sh OLD_BUILD NEW_BUILD     e.g. /tmp/old/build build
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: $0 OLD_BUILD NEW_BUILD (folders holding an ogi executable)" >&2
  exit 64
fi
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="${OGI_SHARED_DIR:-$root/../shared}"
old_ogi="$(cd "$1" && pwd)/ogi"
new_ogi="$(cd "$2" && pwd)/ogi"
for binary in "$old_ogi" "$new_ogi"; do
  [ -x "$binary" ] || { echo "same_records: no ogi executable at $binary" >&2; exit 64; }
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

inputs=()
while IFS= read -r -d '' file; do inputs+=("$file"); done < <(
  { [ -d "$shared/dev/docs" ] && find "$shared/dev/docs" -type f -print0
    [ -d "$shared/seeds" ] && find "$shared/seeds" -maxdepth 1 -type f -print0
    find "$root/fixtures" -type f ! -name '*.py' ! -name '*.sh' ! -name '*.md' -print0
  } | sort -z)
echo "same_records: ${#inputs[@]} documents"

# A record with the input's path replaced by a placeholder, wherever it occurs.
record() {
  local ogi="$1" input="$2"
  OGI_OCR_THREADS=1 "$ogi" extract "$input" 2>/dev/null | sed "s|$input|<input>|g" || true
}

differ=0
for input in "${inputs[@]}"; do
  name="${input#"$root"/}"
  name="${name#"$shared"/}"
  record "$old_ogi" "$input" >"$work/old.json"
  record "$new_ogi" "$input" >"$work/new.json"
  if ! cmp -s "$work/old.json" "$work/new.json"; then
    differ=$((differ + 1))
    echo "DIFFERS: $name"
    [ "$differ" -le 3 ] && diff "$work/old.json" "$work/new.json" | head -20
  fi
done
same=$((${#inputs[@]} - differ))
echo "same_records: $same of ${#inputs[@]} records byte-identical, $differ differ"
[ "$differ" -eq 0 ]

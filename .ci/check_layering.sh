#!/usr/bin/env bash
# Data flows one way (docs/architecture.md): a stage includes headers of its own stage and of
# earlier stages only, and inside a stage a room does not include a room that runs after it.
# One name, one thing: no two headers declare a type of the same name (all stages share the
# namespace ogi, and two `CellKey`s once cost a heap corruption through the ODR).
# Prints every include or name that breaks this and exits 1; run by ctest as `layering`.
set -euo pipefail
cd "$(dirname "$0")/.."

# Stages in the order data passes through them; the test, fuzz and bench code comes after all.
stages=(model template extractors normalize layout validate output pipeline debug cli)
# Rooms that must not include the later rooms of their stage: "room: later rooms".
rooms=(
  "extractors/common: extractors/docx extractors/html extractors/text extractors/pdf extractors/ocr_module extractors/ocr extractors/office extractors/mht"
  "extractors/docx: extractors/office"
  "extractors/html: extractors/mht"
  "extractors/ocr_module: extractors/ocr extractors/pdf extractors/docx extractors/html extractors/text"
  "extractors/ocr/image: extractors/ocr/recognize extractors/ocr/run"
  "extractors/ocr/recognize: extractors/ocr/run"
  "extractors/ocr: extractors/pdf extractors/docx extractors/html extractors/text"
  "layout/labels: layout/structure layout/mapping layout/report_meta"
  "layout/structure: layout/mapping layout/report_meta"
)
declare -A rank
for i in "${!stages[@]}"; do rank[${stages[$i]}]=$i; done
violations=0
report() {
  echo "layering: $1 includes \"$2\" ($3)"
  violations=$((violations + 1))
}

while IFS= read -r file; do
  stage="${file%%/*}"
  file_rank="${rank[$stage]:-${#stages[@]}}"
  while IFS= read -r header; do
    target="${header%%/*}"
    [ -d "$target" ] || continue  # a system or third-party header
    target_rank="${rank[$target]:-${#stages[@]}}"
    if [ "$target_rank" -gt "$file_rank" ]; then
      report "$file" "$header" "stage $target runs after stage $stage"
    fi
    # The OCR module (extractors/ocr, built as ogi_ocr.so) is loaded only when a page needs OCR:
    # the program reaches it through extractors/ocr_module; tests may call its rooms directly.
    if [[ "$header" == extractors/ocr/* && "$file" != extractors/ocr/* && "$file" != tests/* ]]; then
      report "$file" "$header" "the OCR module is reached through extractors/ocr_module"
    fi
    for rule in "${rooms[@]}"; do
      room="${rule%%:*}"
      case "$file" in "$room"/*) ;; *) continue ;; esac
      for later in ${rule#*:}; do
        case "$header" in "$later"/*) report "$file" "$header" "room $later runs after $room" ;; esac
      done
    done
  done < <(sed -n 's/^#include "\([^"]*\)".*/\1/p' "$file")
done < <(git ls-files '*.h' '*.cpp' 2>/dev/null || find . -name '*.h' -o -name '*.cpp' | sed 's|^\./||')

while read -r count name; do
  [ "$count" -gt 1 ] || continue
  echo "layering: the type name $name is declared in $count headers:" \
    "$(git grep -lE "^(struct|class|enum class) $name( |\{|$)" -- '*.h' | tr '\n' ' ')"
  violations=$((violations + 1))
done < <(git grep -hoE '^(struct|class|enum class) [A-Za-z_0-9]+ *(\{|final|:|$)' -- '*.h' |
  sed -E 's/^(struct|class|enum class) ([A-Za-z_0-9]+).*/\2/' | sort | uniq -c)

if [ "$violations" -gt 0 ]; then
  echo "layering: $violations problem(s): includes against the direction of the data or types named twice"
  exit 1
fi
echo "layering: every include points to the same or an earlier stage and room; every type name is declared once"

#!/usr/bin/env bash
# Every committed fixture through `ogi batch` (the stored single-file records and reports.jsonl)
# and `ogi extract` (stdout), each record validated against docs/schema: ctest `record_schema`.
#   fixture_records.sh OGI PYTHON3
set -euo pipefail
ogi=$1
python=$2
cd "$(dirname "$0")/../.."
scratch=$(mktemp -d "${TMPDIR:-/tmp}/ogi_schema.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
export OGI_OCR_THREADS=1

# Exit 2: fixtures/bad and the broken PDFs are unreadable on purpose; they must have records too.
status=0
"$ogi" batch fixtures --out "$scratch/corpus" -j 2 --quiet || status=$?
[ "$status" -eq 2 ] || { echo "ogi batch fixtures exited $status, not 2"; exit 1; }
"$python" tests/schema/validate_records.py docs/schema/record.schema.json "$scratch"/corpus/records/*.json
"$python" tests/schema/validate_records.py docs/schema/reports-line.schema.json "$scratch/corpus/reports.jsonl"

# `ogi extract` of several files prints one record per line; the text fixtures (no OCR) suffice
# to cover its path, the batch above covered every fixture's record.
mapfile -t files < <(find fixtures \( -name '*.docx' -o -name '*.html' -o -name 'report_*.pdf' \) \
  -not -path 'fixtures/scan/*' | sort)
status=0
"$ogi" extract "${files[@]}" > "$scratch/extract.jsonl" 2> "$scratch/extract.err" || status=$?
[ "$status" -le 2 ] || { echo "ogi extract exited $status"; exit 1; }
"$python" tests/schema/validate_records.py docs/schema/record.schema.json "$scratch/extract.jsonl"

# The schema is no blank cheque: a record of another version, a blank cell with a number, or an
# unknown field each fail it.
"$python" - "$scratch/extract.jsonl" > "$scratch/wrong.jsonl" <<'PY'
import json, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
record = next(r for r in map(json.loads, lines) if r["cells"])
wrong = [dict(record, schema_version="2"), dict(record, surprise=1)]
blank = json.loads(json.dumps(record))
blank["cells"][0].update(semantic="EMPTY", raw="", value=3)
wrong.append(blank)
for item in wrong:
    print(json.dumps(item, ensure_ascii=False))
PY
if "$python" tests/schema/validate_records.py docs/schema/record.schema.json "$scratch/wrong.jsonl" > "$scratch/wrong.log"; then
  echo "record_schema: records that break the contract passed the schema"
  exit 1
fi
for expected in "wrong.jsonl:1: schema_version" "wrong.jsonl:2: (record): Additional properties" \
  "wrong.jsonl:3: cells/0/value"; do
  grep -qF "$expected" "$scratch/wrong.log" ||
    { cat "$scratch/wrong.log"; echo "record_schema: not caught: $expected"; exit 1; }
done
echo "record_schema: every fixture's record valid; broken records refused"

#!/usr/bin/env bash
# Cells right per new input format, by `ogi eval`: dev reports (../shared/dev, or
# $OGI_SHARED_DIR/dev) saved by LibreOffice from their DOCX as .doc, .rtf and .odt, the .doc again
# under Kingsoft's .wps name, and their HTML pages as .mht web archives (Python's email package:
# quoted-printable in the page's own charset), all read by one `ogi batch -j 2`; the truth files
# are copied with these names added to their `documents`.
# Usage: bench/office_eval.sh [OGI_BINARY] [ID...]   (defaults: build/ogi, d001 d004 d008 d012)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
ogi="${1:-$root/build/ogi}"
shift || true
ids=("$@")
[ ${#ids[@]} -gt 0 ] || ids=(d001 d004 d008 d012)
dev="${OGI_SHARED_DIR:-$root/../shared}/dev"
soffice="$(command -v soffice || command -v libreoffice)"
work="$(mktemp -d /tmp/ogi-office-eval-XXXXXX)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in" "$work/truth" "$work/made"

for id in "${ids[@]}"; do
  for filter in 'doc:MS Word 97' 'rtf:Rich Text Format' 'odt:writer8'; do
    "$soffice" --headless --norestore "-env:UserInstallation=file://$work/profile" \
      --convert-to "$filter" --outdir "$work/made" "$dev/docs/$id.docx" >/dev/null 2>&1
  done
  cp "$work/made/$id.doc" "$work/made/$id.rtf" "$work/made/$id.odt" "$work/in/"
  cp "$work/made/$id.doc" "$work/in/$id.wps"
done
python3 - "$dev" "$work" "${ids[@]}" <<'PY'
import json
import sys
from email import charset
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

dev, work, ids = sys.argv[1], sys.argv[2], sys.argv[3:]
manifest = json.load(open(f"{dev}/docs/manifest.json"))
for id in ids:
    encoding = manifest[id].get("html_encoding", "utf-8")
    page_charset = charset.Charset(encoding)
    page_charset.body_encoding = charset.QP
    message = MIMEMultipart("related", type="text/html")
    message.attach(MIMEText(open(f"{dev}/docs/{id}.html", "rb").read().decode(encoding), "html",
                            page_charset))
    open(f"{work}/in/{id}.mht", "wb").write(message.as_bytes())
    truth = json.load(open(f"{dev}/truth/{id}.json"))
    truth["documents"] = [f"{id}.{kind}" for kind in ("doc", "wps", "rtf", "odt", "mht")]
    json.dump(truth, open(f"{work}/truth/{id}.json", "w"), ensure_ascii=False)
PY
start=$(date +%s.%N)
"$ogi" batch "$work/in" --out "$work/out" -j 2 --timeout 300 >/dev/null 2>&1 || true
end=$(date +%s.%N)
mkdir -p "$work/records"
python3 - "$work" <<'PY'
import json
import os
import sys
work = sys.argv[1]
for line in open(f"{work}/out/reports.jsonl"):
    record = json.loads(line)
    name = os.path.basename(record["source"]["path"])
    json.dump(record, open(f"{work}/records/{name}.json", "w"), ensure_ascii=False)
PY
echo "office_eval: ${ids[*]}, $(date -u '+%Y-%m-%d %H:%M UTC'), $(ls "$work/in" | wc -l) files"
echo "ogi batch -j 2: $(echo "$end - $start" | bc) s wall; load $(cut -d' ' -f1-3 /proc/loadavg)"
"$ogi" eval "$work/truth" "$work/records"

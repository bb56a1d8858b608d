#!/usr/bin/env bash
# The .deb as a user gets it (ctest `deb_package`): cpack builds it with dpkg-shlibdeps'
# dependencies, dpkg installs it into a scratch root, the installed ogi reads a DOCX (through the
# commands module at ../lib/ogi/ from bin/) and a scan (and the OCR module there), dpkg removes
# it again.
#   deb_package_test.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
cd "$(dirname "$0")/../.."
scratch=$(mktemp -d "${TMPDIR:-/tmp}/ogi_deb.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
fail() {
  echo "deb_package: $*" >&2
  exit 1
}

(cd "$build" && cpack -G DEB -B "$scratch/package" >"$scratch/cpack.log" 2>&1) ||
  { cat "$scratch/cpack.log"; fail "cpack failed"; }
deb=$(ls "$scratch"/package/*.deb)
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for library in libtesseract liblept libpoppler libxlsxwriter libsqlite3 libicu libxml2 libzip; do
  [[ $depends == *"$library"* ]] || fail "Depends lacks $library (dpkg-shlibdeps)"
done
for data in tesseract-ocr-chi-sim tesseract-ocr-eng; do
  [[ $depends == *"$data"* ]] || fail "Depends lacks $data"
done
contents=$(dpkg-deb -c "$deb")
for file in ./usr/bin/ogi ./usr/lib/ogi/ogi_commands.so ./usr/lib/ogi/ogi_ocr.so \
  ./usr/share/man/man1/ogi.1.gz \
  ./usr/share/bash-completion/completions/ogi ./usr/share/doc/ogi-extract/schema/record.schema.json; do
  grep -q " $file\$" <<<"$contents" || fail "the package lacks $file"
done

# A root of its own: an empty dpkg database, the dependencies taken as present (they are, on
# the host the installed files run on).
root=$scratch/root
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
touch "$root/var/lib/dpkg/status"
# Its warnings name every dependency the scratch database lacks; shown only when it fails.
dpkg --root="$root" --force-depends --force-script-chrootless -i "$deb" >"$scratch/dpkg.log" 2>&1 ||
  { cat "$scratch/dpkg.log"; fail "dpkg -i failed"; }
ogi=$root/usr/bin/ogi
[ -x "$ogi" ] || fail "dpkg did not install usr/bin/ogi"
"$ogi" --version | grep -q "^ogi " || fail "ogi --version"
cells=$("$ogi" extract fixtures/docx/report_2021.docx | /usr/bin/python3 -c 'import json,sys; print(len(json.load(sys.stdin)["cells"]))')
[ "$cells" = 200 ] ||
  fail "installed ogi extract gave $cells cells on report_2021.docx, not 200 (is ogi_commands.so found?)"
scan=$(OGI_OCR_THREADS=1 "$ogi" extract fixtures/scan/page1_2021.png | /usr/bin/python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["source"]["format"], len(r["source"]["ocr_pages"]), [e["code"] for e in r["errors"]])')
[ "$scan" = "image 1 []" ] || fail "installed ogi read the scan as: $scan (is ogi_ocr.so found?)"
gzip -dc "$root/usr/share/man/man1/ogi.1.gz" | grep -q '^\.SH EXIT STATUS' || fail "man page"
bash -c "source '$root/usr/share/bash-completion/completions/ogi' && complete -p ogi" |
  grep -q "_ogi ogi" || fail "bash completion"

dpkg --root="$root" --force-script-chrootless -r ogi-extract >"$scratch/dpkg.log" 2>&1 ||
  { cat "$scratch/dpkg.log"; fail "dpkg -r failed"; }
[ ! -e "$ogi" ] && [ ! -e "$root/usr/lib/ogi/ogi_ocr.so" ] && [ ! -e "$root/usr/lib/ogi/ogi_commands.so" ] ||
  fail "dpkg -r left files behind"
echo "deb_package: $(basename "$deb") built, installed, ran and removed"

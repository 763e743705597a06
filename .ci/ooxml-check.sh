#!/usr/bin/env bash
# Every DOCX and XLSX chibo writes validates against the ISO/IEC 29500 (transitional) schemas:
# the minutes of the 2024 sample in Vietnamese and English, the 2025 sample's draft minutes, its
# ballots and cell ballots, the 2024 counting record, the list sent up (DOCX and XLSX), and the
# committee's roll-up of the samples (DOCX and XLSX). Word holds a file to the schema's element
# order where LibreOffice forgives, so a part out of order fails CI here.
#
#   .ci/ooxml-check.sh [CHIBO]      (default: target/release/chibo, built when missing)
#
# Uses ../shared/tools/ooxml-check beside the repository when it is there, else the copy
# vendored in tools/ooxml/ (a clean clone). First proves that the check fails: a copy of the
# minutes with its settings out of order (the old `w:zoom` fault) must be refused. Installs
# xmllint (libxml2-utils) and python3 with apt-get when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

chibo=${1:-target/release/chibo}
[[ -x $chibo ]] || cargo build --release --locked
check=../shared/tools/ooxml-check
[[ -x $check ]] || check=tools/ooxml/ooxml-check

sudo=()
[[ $(id -u) -eq 0 ]] || sudo=(sudo)
missing=()
command -v xmllint >/dev/null || missing+=(libxml2-utils)
command -v python3 >/dev/null || missing+=(python3)
if ((${#missing[@]})); then
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
y2024=sessions/2024-chi-bo-khu-pho-3.ron
y2025=sessions/2025-chi-bo-khu-pho-3.ron
run() { "$chibo" --log-level off "$@" >/dev/null; }
run export "$y2024" --format docx -o "$out/minutes-vi.docx"
run --lang en export "$y2024" --format docx -o "$out/minutes-en.docx"
run export "$y2025" --format docx -o "$out/minutes-draft.docx"
run export "$y2025" --doc ballots --format docx -o "$out/ballots.docx"
run export "$y2025" --doc cell-ballots --format docx -o "$out/cell-ballots.docx"
run export "$y2024" --doc counting --format docx -o "$out/counting.docx"
run export "$y2024" --doc list --format docx -o "$out/list.docx"
run export "$y2024" --doc list --format xlsx -o "$out/list.xlsx"
# The roll-up exits 1 when it lists a problem (the 2025 sample is not finalized): still written.
for f in docx xlsx; do
    status=0
    run summary sessions --format $f -o "$out/rollup.$f" 2>"$out/rollup.log" || status=$?
    if [[ $status -gt 1 || ! -s $out/rollup.$f ]]; then
        cat "$out/rollup.log" >&2
        echo "ooxml: no roll-up $f (exit $status)" >&2
        exit 1
    fi
done

# The check must be able to fail: w:zoom after w:defaultTabStop breaks CT_Settings' sequence.
python3 - "$out/minutes-vi.docx" "$out/broken.docx" <<'PY'
import re, sys, zipfile
src, dst = zipfile.ZipFile(sys.argv[1]), zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED)
for item in src.infolist():
    data = src.read(item)
    if item.filename == 'word/settings.xml':
        data = re.sub(rb'(<w:zoom [^>]*/>)(<w:defaultTabStop [^>]*/>)', rb'\2\1', data, count=1)
    dst.writestr(item, data)
dst.close()
PY
if "$check" "$out/broken.docx" >"$out/broken.log"; then
    echo "ooxml: the check passed a file with its settings out of order" >&2
    exit 1
fi
grep -q "word/settings.xml :: INVALID" "$out/broken.log" || { cat "$out/broken.log" >&2; exit 1; }
echo "ooxml: a file out of order is refused (as it must be)"

rm "$out/broken.docx"
"$check" "$out"/*.docx "$out"/*.xlsx
